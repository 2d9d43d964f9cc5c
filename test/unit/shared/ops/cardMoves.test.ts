import { describe, expect, test } from 'vitest';
import { clipboardOf, preparePaste } from '../../../../shared/ops';
import { cardOf, cell, edit, sampleMap } from './sampleMap';

describe('moving cards', () => {
  test('reorders inside a cell', () => {
    const map = edit({
      type: 'moveCards',
      cardIds: ['a3'],
      laneId: 'act',
      stageId: 's1',
      index: 0,
    });
    expect(cell(map, 'act', 's1')).toEqual(['a3', 'a1', 'a2']);
    const last = edit({ type: 'moveCards', cardIds: ['a1'], laneId: 'act', stageId: 's1' });
    expect(cell(last, 'act', 's1')).toEqual(['a2', 'a3', 'a1']);
  });

  test('moves one card to another cell at an index', () => {
    const map = edit({
      type: 'moveCards',
      cardIds: ['a2'],
      laneId: 'act',
      stageId: 's2',
      index: 0,
    });
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a3']);
    expect(cell(map, 'act', 's2')).toEqual(['a2', 'b1']);
  });

  test('moves a multi-selection from several cells together, in the given order', () => {
    const map = edit({
      type: 'moveCards',
      cardIds: ['b1', 'a1', 'a3'],
      laneId: 'pain',
      stageId: 's3',
      index: 1,
    });
    expect(cell(map, 'pain', 's3')).toEqual(['p1', 'b1', 'a1', 'a3']);
    expect(cell(map, 'act', 's1')).toEqual(['a2']);
    expect(cell(map, 'act', 's2')).toEqual([]);
    // Connectors follow their cards.
    expect(map.connectors).toHaveLength(2);
  });

  test('moving to a cell that does not exist does nothing; unknown ids are skipped', () => {
    const before = sampleMap();
    expect(edit({ type: 'moveCards', cardIds: ['a1'], laneId: 'x', stageId: 's1' }, before)).toBe(
      before,
    );
    const map = edit({ type: 'moveCards', cardIds: ['ghost', 'a1'], laneId: 'act', stageId: 's3' });
    expect(cell(map, 'act', 's3')).toEqual(['a1']);
  });
});

describe('duplicating and pasting', () => {
  test('duplicateCards puts each copy right after its original, with the given ids', () => {
    const map = edit({ type: 'duplicateCards', cardIds: ['a1', 'b1'], newIds: ['a1c', 'b1c'] });
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a1c', 'a2', 'a3']);
    expect(cell(map, 'act', 's2')).toEqual(['b1', 'b1c']);
    expect(cardOf(map, 'a1c')?.text).toBe('A1');
    // The connector between the two originals is copied between the copies.
    expect(map.connectors.find((c) => c.from === 'a1c')).toMatchObject({ to: 'b1c' });
  });

  test('duplicateCards replaces a taken new id deterministically', () => {
    const map = edit({ type: 'duplicateCards', cardIds: ['a1'], newIds: ['a2'] });
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a1-2', 'a2', 'a3']);
  });

  test('insertCards into a target cell re-ids collisions and keeps connectors between them', () => {
    const map = edit({
      type: 'insertCards',
      cards: [
        { id: 'a1', laneId: 'elsewhere', stageId: 'gone', text: 'copy of a1' },
        { id: 'z', laneId: 'act', stageId: 's1', text: 'z' },
      ],
      connectors: [
        { id: 'c1', from: 'a1', to: 'z' },
        { id: 'cx', from: 'z', to: 'not-pasted' },
      ],
      target: { laneId: 'pain', stageId: 's1', index: 0 },
    });
    expect(cell(map, 'pain', 's1')).toEqual(['a1-2', 'z']);
    expect(cardOf(map, 'a1')?.text).toBe('A1');
    expect(map.connectors.at(-1)).toEqual({ id: 'c1-2', from: 'a1-2', to: 'z', kind: 'flow' });
    expect(map.connectors).toHaveLength(3);
  });

  test('insertCards without a target sends each card to the end of its own cell', () => {
    const map = edit({
      type: 'insertCards',
      cards: [
        { id: 'q2', laneId: 'act', stageId: 's1', text: 'second', order: 'a5' },
        { id: 'q1', laneId: 'act', stageId: 's1', text: 'first', order: 'a1' },
        { id: 'lost', laneId: 'act', stageId: 'no-stage', text: 'dropped' },
      ],
    });
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a2', 'a3', 'q1', 'q2']);
    expect(cardOf(map, 'lost')).toBeUndefined();
  });

  test('copy and paste: preparePaste gives fresh ids the editor can select', () => {
    const map = sampleMap();
    const clip = clipboardOf(map, ['b1', 'a1']);
    expect(clip.cards.map((c) => c.id)).toEqual(['a1', 'b1']);
    let n = 0;
    const op = preparePaste(
      map,
      clip,
      { laneId: 'act', stageId: 's3' },
      (prefix) => `${prefix}-${++n}`,
    );
    expect(op.cards.map((c) => c.id)).toEqual(['card-1', 'card-2']);
    const pasted = edit(op, map);
    expect(cell(pasted, 'act', 's3')).toEqual(['card-1', 'card-2']);
    expect(pasted.connectors.at(-1)).toMatchObject({
      id: 'connector-3',
      from: 'card-1',
      to: 'card-2',
    });
  });
});
