import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../../shared/load';
import {
  assignOrderKeys,
  compareOrderKeys,
  isOrderKey,
  JourneyMapSchema,
  orderKeysBetween,
  type JourneyMap,
} from '../../../../shared/model';
import type { Operation } from '../../../../shared/ops';
import { serializeMap } from '../../../../shared/serialize';
import { cell, edit, sampleMap } from './sampleMap';

/** The cards whose `order` differs between two maps (new cards count too). */
function rekeyed(before: JourneyMap, after: JourneyMap): string[] {
  const old = new Map(before.cards.map((c) => [c.id, c.order]));
  return after.cards.filter((c) => old.get(c.id) !== c.order).map((c) => c.id);
}

describe('order keys', () => {
  test('isOrderKey accepts what fractional-indexing makes and refuses the rest', () => {
    for (const key of [
      'a0',
      'a1',
      'aV',
      'a0V',
      'Zz',
      'b10',
      'a00V',
      ...orderKeysBetween(null, null, 70),
    ]) {
      expect(isOrderKey(key), key).toBe(true);
    }
    for (const key of ['', 'a', 'a10', 'b1', 'a0 ', '0a', 'a-1', 'A00000000000000000000000000']) {
      expect(isOrderKey(key), key).toBe(false);
    }
  });

  test('assignOrderKeys keeps every key that is already in place and fills in between', () => {
    expect(assignOrderKeys(['a0', undefined, 'a1'])).toEqual(['a0', 'a0V', 'a1']);
    expect(assignOrderKeys(['a0', 'a1', undefined])).toEqual(['a0', 'a1', 'a2']);
    expect(assignOrderKeys([undefined, 'a0'])).toEqual(['Zz', 'a0']);
    // A card moved from first to last: only it changes.
    expect(assignOrderKeys(['a1', 'a2', 'a0'])).toEqual(['a1', 'a2', 'a3']);
    // `fresh` positions never keep their key (a duplicate holds its original's).
    expect(assignOrderKeys(['a0', 'a0', 'a1'], new Set([1]))).toEqual(['a0', 'a0V', 'a1']);
  });

  test('property: the result increases and changes only positions outside a longest run', () => {
    const keyArb = fc.constantFrom(...orderKeysBetween(null, null, 8), undefined);
    fc.assert(
      fc.property(fc.array(keyArb, { maxLength: 12 }), (keys) => {
        const out = assignOrderKeys(keys);
        for (let i = 1; i < out.length; i++) {
          expect(compareOrderKeys(out[i - 1] as string, out[i] as string)).toBe(-1);
        }
        expect(out.every(isOrderKey)).toBe(true);
      }),
    );
  });
});

describe('operations give new keys only to the cards they place', () => {
  const cases: [string, Operation, string[]][] = [
    [
      'addCard between two others',
      { type: 'addCard', card: { id: 'n', laneId: 'act', stageId: 's1', text: 'N' }, index: 1 },
      ['n'],
    ],
    [
      'moveCards inside a cell',
      { type: 'moveCards', cardIds: ['a3'], laneId: 'act', stageId: 's1', index: 0 },
      ['a3'],
    ],
    [
      'moveCards to another cell',
      { type: 'moveCards', cardIds: ['a1'], laneId: 'act', stageId: 's2', index: 1 },
      ['a1'],
    ],
    ['duplicateCards', { type: 'duplicateCards', cardIds: ['a1'], newIds: ['a1c'] }, ['a1c']],
    [
      'insertCards (paste) at an index',
      {
        type: 'insertCards',
        cards: [{ id: 'x', laneId: 'act', stageId: 's1', text: 'X' }],
        target: { laneId: 'act', stageId: 's1', index: 2 },
      },
      ['x'],
    ],
  ];
  test.each(cases)('%s', (_name, op, changed) => {
    const before = sampleMap();
    const after = edit(op, before);
    expect(rekeyed(before, after).sort()).toEqual(changed.sort());
  });

  test('the new card lands where asked, with a key between its neighbours', () => {
    const map = edit({
      type: 'addCard',
      card: { id: 'n', laneId: 'act', stageId: 's1', text: 'N' },
      index: 1,
    });
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'n', 'a2', 'a3']);
    expect(map.cards.find((c) => c.id === 'n')?.order).toBe('a0V');
  });

  test('order by votes moves as few cards as it can', () => {
    const start = edit([
      { type: 'addCard', card: { id: 'q1', laneId: 'pain', stageId: 's3', text: 'Q1' } },
      { type: 'addCard', card: { id: 'q2', laneId: 'pain', stageId: 's3', text: 'Q2' } },
      { type: 'addVotes', cardIds: ['q2'], delta: 5 },
    ]);
    const after = edit({ type: 'orderCardsByVotes', laneIds: ['pain'] }, start);
    expect(cell(after, 'pain', 's3')).toEqual(['q2', 'p1', 'q1']);
    expect(rekeyed(start, after)).toEqual(['q2']);
  });
});

describe('fields of other tools survive load → edit → save', () => {
  test('on the map and on every record, through many kinds of operation', () => {
    const base = sampleMap();
    const x = (value: unknown) => ({ 'x-crm-id': value });
    const text = serializeMap(
      JourneyMapSchema.parse({
        ...base,
        'x-generator': 'crm-sync',
        personas: base.personas.map((p) => ({ ...p, ...x(`P-${p.id}`) })),
        stages: base.stages.map((s) => ({ ...s, ...x(`S-${s.id}`) })),
        lanes: base.lanes.map((l) => ({ ...l, ...x(`L-${l.id}`) })),
        cards: base.cards.map((c) => ({ ...c, ...x(`C-${c.id}`) })),
        connectors: base.connectors.map((c) => ({ ...c, ...x(`K-${c.id}`) })),
        notes: base.notes.map((n) => ({ ...n, ...x(`N-${n.id}`) })),
      }),
    );
    const loaded = loadMap(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.warnings).toEqual([]);
    const edited = edit(
      [
        { type: 'setMapInfo', changes: { title: 'Renamed' } },
        { type: 'renameStage', stageId: 's1', name: 'First' },
        { type: 'moveStage', stageId: 's3', toIndex: 0 },
        { type: 'renameLane', laneId: 'act', name: 'Doing' },
        { type: 'setLaneKind', laneId: 'pain', kind: 'opportunities' },
        { type: 'updatePersona', personaId: 'ann', changes: { role: 'Buyer' } },
        { type: 'setCardText', cardId: 'a1', text: 'Edited' },
        { type: 'setCardFields', cardIds: ['e1'], fields: { score: 2 } },
        { type: 'moveCards', cardIds: ['a2'], laneId: 'act', stageId: 's2', index: 0 },
        { type: 'duplicateCards', cardIds: ['b1'], newIds: ['b1-copy'] },
        { type: 'addVotes', cardIds: ['p1'], delta: 1 },
        { type: 'setConnectorLabel', connectorId: 'c1', label: 'then' },
        { type: 'setNoteText', noteId: 'n1', text: 'Still here' },
      ],
      loaded.map,
    );
    const saved = JSON.parse(serializeMap(edited)) as Record<string, unknown> & {
      [list: string]: unknown;
    };
    expect(saved['x-generator']).toBe('crm-sync');
    const ids = (list: string) =>
      Object.fromEntries(
        (saved[list] as Record<string, unknown>[]).map((r) => [r.id, r['x-crm-id']]),
      );
    expect(ids('personas')).toEqual({ ann: 'P-ann', bob: 'P-bob' });
    expect(ids('stages')).toEqual({ s1: 'S-s1', s2: 'S-s2', s3: 'S-s3' });
    expect(ids('lanes')).toEqual({ act: 'L-act', emo: 'L-emo', pain: 'L-pain' });
    expect(ids('cards')).toEqual({
      a1: 'C-a1',
      a2: 'C-a2',
      a3: 'C-a3',
      b1: 'C-b1',
      'b1-copy': 'C-b1',
      e1: 'C-e1',
      e2: 'C-e2',
      p1: 'C-p1',
    });
    expect(ids('connectors')).toEqual({ c1: 'K-c1', c2: 'K-c2' });
    expect(ids('notes')).toEqual({ n1: 'N-n1' });
  });
});
