import { describe, expect, test } from 'vitest';
import { edit, sampleMap } from './sampleMap';

describe('connector operations', () => {
  test('addConnector joins two cards; kind defaults to flow', () => {
    const map = edit({
      type: 'addConnector',
      connector: { id: 'c3', from: 'a2', to: 'e1', label: 'then' },
    });
    expect(map.connectors.at(-1)).toEqual({
      id: 'c3',
      from: 'a2',
      to: 'e1',
      kind: 'flow',
      label: 'then',
    });
  });

  test('no self-loop, no second arrow between the same cards, no dangling end', () => {
    const before = sampleMap();
    const ops = [
      { type: 'addConnector', connector: { id: 'x', from: 'a1', to: 'a1' } },
      { type: 'addConnector', connector: { id: 'x', from: 'a1', to: 'b1' } },
      { type: 'addConnector', connector: { id: 'x', from: 'a1', to: 'ghost' } },
      { type: 'addConnector', connector: { id: 'c1', from: 'a2', to: 'a3' } },
      { type: 'reconnectConnector', connectorId: 'c1', to: 'a1' },
      { type: 'reconnectConnector', connectorId: 'c2', from: 'a1', to: 'b1' },
      { type: 'reconnectConnector', connectorId: 'c2', to: 'ghost' },
    ] as const;
    for (const op of ops) expect(edit(op, before)).toBe(before);
  });

  test('reconnect, label, change kind, delete', () => {
    const map = edit([
      { type: 'reconnectConnector', connectorId: 'c1', to: 'a3' },
      { type: 'setConnectorLabel', connectorId: 'c1', label: 'next' },
      { type: 'setConnectorKind', connectorId: 'c1', kind: 'dependency' },
      { type: 'deleteConnectors', connectorIds: ['c2'] },
    ]);
    expect(map.connectors).toEqual([
      { id: 'c1', from: 'a1', to: 'a3', kind: 'dependency', label: 'next' },
    ]);
    const unlabelled = edit({ type: 'setConnectorLabel', connectorId: 'c1', label: '' }, map);
    expect(unlabelled.connectors[0]?.label).toBeUndefined();
  });
});

describe('sticky note operations', () => {
  test('add, move several, edit text, recolour, delete', () => {
    const map = edit([
      { type: 'addNote', note: { id: 'n2', x: 0, y: 0, text: 'Second' } },
      {
        type: 'moveNotes',
        moves: [
          { noteId: 'n1', x: 100, y: 200 },
          { noteId: 'n2', x: Number.NaN, y: 5e9 },
        ],
      },
      { type: 'setNoteText', noteId: 'n1', text: 'Changed' },
      { type: 'recolorNote', noteId: 'n1', color: '#fde68a' },
    ]);
    expect(map.notes).toEqual([
      { id: 'n1', x: 100, y: 200, text: 'Changed', color: '#fde68a' },
      { id: 'n2', x: 0, y: 1_000_000, text: 'Second' },
    ]);
    expect(edit({ type: 'deleteNotes', noteIds: ['n1'] }, map).notes.map((n) => n.id)).toEqual([
      'n2',
    ]);
  });
});

describe('map information', () => {
  test('setMapInfo sets valid fields and ignores invalid ones', () => {
    const map = edit({
      type: 'setMapInfo',
      changes: {
        title: 'Checkout',
        direction: 'rtl',
        language: 'fa',
        brandColor: 'purple',
        nextReview: '2027-03-01',
        mapType: 'futureState',
      },
    });
    expect(map).toMatchObject({
      title: 'Checkout',
      direction: 'rtl',
      language: 'fa',
      brandColor: '#2563eb',
      nextReview: '2027-03-01',
      mapType: 'futureState',
    });
    const cleared = edit({ type: 'setMapInfo', changes: { nextReview: null } }, map);
    expect('nextReview' in cleared).toBe(false);
    const bad = edit({ type: 'setMapInfo', changes: { nextReview: '2027-02-31x' } }, cleared);
    expect('nextReview' in bad).toBe(false);
  });

  test('setMapInfo sets and removes the cover logo; a logo that is not an image is ignored', () => {
    const logo = 'data:image/svg+xml;base64,PHN2Zy8+';
    const withLogo = edit({ type: 'setMapInfo', changes: { logo } });
    expect(withLogo.logo).toBe(logo);
    const ignored = edit({ type: 'setMapInfo', changes: { logo: 'https://x/logo.png' } }, withLogo);
    expect(ignored.logo).toBe(logo);
    const removed = edit({ type: 'setMapInfo', changes: { logo: null } }, withLogo);
    expect('logo' in removed).toBe(false);
  });
});
