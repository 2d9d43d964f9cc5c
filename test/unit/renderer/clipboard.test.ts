import { describe, expect, test } from 'vitest';
import {
  CLIPBOARD_MIME,
  JSON_MIME,
  TEXT_MIME,
  clipboardPayload,
  parseClipboard,
} from '../../../renderer/clipboard/clipboardFormat';
import { pasteContent } from '../../../renderer/clipboard/paste';
import { createEditorStore } from '../../../renderer/store';
import { sampleMap } from '../shared/ops/sampleMap';

const reader =
  (data: Record<string, string>) =>
  (type: string): string =>
    data[type] ?? '';

describe('clipboard format', () => {
  test('copied cards come back with their fields and the connectors between them', () => {
    const payload = clipboardPayload(sampleMap(), ['a1', 'b1', 'e2']);
    expect(payload?.text).toBe('A1\nB1\nE2');
    const pasted = parseClipboard(reader({ [CLIPBOARD_MIME]: payload?.json ?? '' }));
    expect(pasted?.kind).toBe('cards');
    if (pasted?.kind !== 'cards') return;
    expect(pasted.clipboard.cards.map((c) => c.id)).toEqual(['a1', 'b1', 'e2']);
    expect(pasted.clipboard.cards[2]).toMatchObject({ score: -1, personaId: 'bob' });
    expect(pasted.clipboard.connectors.map((c) => c.id)).toEqual(['c1']);
  });

  test('application/json from another program is read when our own type is absent', () => {
    const payload = clipboardPayload(sampleMap(), ['p1']);
    const pasted = parseClipboard(reader({ [JSON_MIME]: payload?.json ?? '', [TEXT_MIME]: 'P1' }));
    expect(pasted).toMatchObject({ kind: 'cards' });
  });

  test('plain text becomes one card a line, blank lines skipped', () => {
    expect(parseClipboard(reader({ [TEXT_MIME]: ' Call support \r\n\r\nWait on hold\n' }))).toEqual(
      {
        kind: 'lines',
        lines: ['Call support', 'Wait on hold'],
        omitted: 0,
      },
    );
  });

  test('200 lines give 200 cards; lines beyond the room the map has left are counted', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Line ${i + 1}`).join('\n');
    const all = parseClipboard(reader({ [TEXT_MIME]: text }));
    expect(all?.kind === 'lines' && [all.lines.length, all.omitted]).toEqual([200, 0]);
    const some = parseClipboard(reader({ [TEXT_MIME]: text }), 150);
    expect(some?.kind === 'lines' && [some.lines.length, some.omitted, some.lines[149]]).toEqual([
      150,
      50,
      'Line 150',
    ]);
  });

  test('JSON that claims to be a map but is broken is refused with the loader’s reasons', () => {
    const pasted = parseClipboard(
      reader({ [TEXT_MIME]: '{"format": "journey-map", "version": 2, "title": 5' }),
    );
    expect(pasted?.kind).toBe('refused');
    if (pasted?.kind === 'refused') expect(pasted.errors[0]?.code).toBeTruthy();
  });

  test('hostile card data is repaired by the gate: a bad score is not pasted as is', () => {
    const payload = JSON.parse(clipboardPayload(sampleMap(), ['e1'])?.json ?? '{}');
    payload.cards[0].score = 99;
    payload.cards[0].text = 42;
    const pasted = parseClipboard(reader({ [CLIPBOARD_MIME]: JSON.stringify(payload) }));
    expect(pasted?.kind).toBe('refused');
  });

  test('an empty clipboard pastes nothing', () => {
    expect(parseClipboard(reader({}))).toBeNull();
    expect(parseClipboard(reader({ [TEXT_MIME]: '  \n ' }))).toBeNull();
  });
});

describe('pasting into the document', () => {
  test('cards paste after the selected card, with fresh ids, as one undo step', () => {
    const store = createEditorStore();
    store.getState().loadDocument(sampleMap());
    const payload = clipboardPayload(sampleMap(), ['a1', 'b1']);
    const content = parseClipboard(reader({ [CLIPBOARD_MIME]: payload?.json ?? '' }));
    store.getState().selectCards(['p1']);
    const ids = pasteContent(store.getState(), content ?? { kind: 'lines', lines: [], omitted: 0 });
    expect(ids).toHaveLength(2);
    const doc = store.getState().doc;
    const pasted = doc?.cards.filter((c) => ids.includes(c.id));
    expect(pasted?.map((c) => [c.laneId, c.stageId, c.order, c.text])).toEqual([
      ['pain', 's3', 'a1', 'A1'],
      ['pain', 's3', 'a2', 'B1'],
    ]);
    expect(doc?.connectors.some((c) => c.from === ids[0] && c.to === ids[1])).toBe(true);
    store.getState().undo();
    expect(store.getState().doc?.cards).toHaveLength(7);
  });

  test('lines of text paste into the active cell', () => {
    const store = createEditorStore();
    store.getState().loadDocument(sampleMap());
    store.getState().setCursor({ laneId: 'act', stageId: 's3' });
    const ids = pasteContent(store.getState(), {
      kind: 'lines',
      lines: ['One', 'Two'],
      omitted: 0,
    });
    const texts = store
      .getState()
      .doc?.cards.filter((c) => ids.includes(c.id))
      .map((c) => `${c.laneId}/${c.stageId}/${c.text}`);
    expect(texts).toEqual(['act/s3/One', 'act/s3/Two']);
  });
});
