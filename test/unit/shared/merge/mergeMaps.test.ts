import { describe, expect, test } from 'vitest';
import { mergeMaps } from '../../../../shared/merge';
import { mergeFields } from '../../../../shared/merge/fields';
import type { JourneyMap } from '../../../../shared/model';
import { checkInvariants, type Operation } from '../../../../shared/ops';
import { cardOf, cell, edit, sampleMap } from '../ops/sampleMap';

/** Merges the sample map edited by `ours` and by `theirs`; the result must be a valid map. */
function merge(ours: Operation[], theirs: Operation[], base: JourneyMap = sampleMap()) {
  const result = mergeMaps(base, edit(ours, base), edit(theirs, base));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(checkInvariants(result.map)).toEqual([]);
  return result;
}

const add = (id: string, laneId: string, stageId: string, text = id): Operation => ({
  type: 'addCard',
  card: { id, laneId, stageId, text },
});

describe('mergeMaps: what lands cleanly', () => {
  test('cards added to the same cell on both sides are both kept, in id order at the end', () => {
    const { map, conflicts } = merge([add('x2', 'act', 's1')], [add('x1', 'act', 's1')]);
    expect(conflicts).toEqual([]);
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a2', 'a3', 'x1', 'x2']);
    // The same whichever side is ours.
    const swapped = merge([add('x1', 'act', 's1')], [add('x2', 'act', 's1')]);
    expect(cell(swapped.map, 'act', 's1')).toEqual(['a1', 'a2', 'a3', 'x1', 'x2']);
  });

  test('a text edit on one side and a move on the other both land', () => {
    const { map, conflicts } = merge(
      [{ type: 'setCardText', cardId: 'a2', text: 'Edited' }],
      [{ type: 'moveCards', cardIds: ['a2'], laneId: 'pain', stageId: 's3', index: 0 }],
    );
    expect(conflicts).toEqual([]);
    expect(cardOf(map, 'a2')).toMatchObject({ text: 'Edited', laneId: 'pain', stageId: 's3' });
    expect(cell(map, 'pain', 's3')).toEqual(['a2', 'p1']);
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a3']);
  });

  test('different fields of the same record merge; a delete meets an untouched record', () => {
    const { map, conflicts } = merge(
      [
        { type: 'setCardFields', cardIds: ['p1'], fields: { severity: 'low' } },
        { type: 'deleteCards', cardIds: ['a3'] },
      ],
      [{ type: 'setCardText', cardId: 'p1', text: 'Slow checkout' }],
    );
    expect(conflicts).toEqual([]);
    expect(cardOf(map, 'p1')).toMatchObject({ text: 'Slow checkout', severity: 'low' });
    expect(cardOf(map, 'a3')).toBeUndefined();
  });

  test('stage and lane reorders on one side, renames on the other', () => {
    const { map, conflicts } = merge(
      [
        { type: 'moveStage', stageId: 's3', toIndex: 0 },
        { type: 'moveLane', laneId: 'pain', toIndex: 0 },
      ],
      [
        { type: 'renameStage', stageId: 's3', name: 'Last' },
        { type: 'addStage', stage: { id: 's4', name: 'Four' } },
      ],
    );
    expect(conflicts).toEqual([]);
    expect(map.stages.map((s) => s.name)).toEqual(['Last', 'One', 'Two', 'Four']);
    expect(map.lanes.map((l) => l.id)).toEqual(['pain', 'act', 'emo']);
  });

  test('fields of other tools merge like the app’s own', () => {
    const merged = mergeFields(
      { id: 'c', text: 'A', 'x-crm-id': '1' },
      { id: 'c', text: 'B', 'x-crm-id': '1' },
      { id: 'c', text: 'A', 'x-crm-id': '2', 'x-link': 'https://example.com' },
    );
    expect(merged).toEqual({
      merged: { id: 'c', text: 'B', 'x-crm-id': '2', 'x-link': 'https://example.com' },
      conflicts: [],
      theirs: {},
    });
  });
});

describe('mergeMaps: true conflicts leave a valid map holding both versions', () => {
  test('the same card’s text changed differently: ours on the card, theirs on a sibling', () => {
    const { map, conflicts } = merge(
      [{ type: 'setCardText', cardId: 'a2', text: 'Mine' }],
      [{ type: 'setCardText', cardId: 'a2', text: 'Theirs' }],
    );
    expect(conflicts).toEqual([
      {
        id: 'conflict-a2',
        subject: 'card',
        recordId: 'a2',
        fields: ['text'],
        theirsCardId: 'a2-theirs',
      },
    ]);
    expect(map.conflicts).toEqual(conflicts);
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a2', 'a2-theirs', 'a3']);
    expect(cardOf(map, 'a2')?.text).toBe('Mine');
    expect(cardOf(map, 'a2-theirs')?.text).toBe('Theirs');
  });

  test('a stage renamed differently keeps ours and records theirs', () => {
    const { map, conflicts } = merge(
      [{ type: 'renameStage', stageId: 's1', name: 'Mine' }],
      [{ type: 'renameStage', stageId: 's1', name: 'Theirs' }],
    );
    expect(map.stages[0]?.name).toBe('Mine');
    expect(conflicts).toEqual([
      {
        id: 'conflict-s1',
        subject: 'stage',
        recordId: 's1',
        fields: ['name'],
        theirs: '{"name":"Theirs"}',
      },
    ]);
  });

  test('deleted on one side, edited on the other: kept as edited and flagged', () => {
    const { map, conflicts } = merge(
      [{ type: 'deleteCards', cardIds: ['a2'] }],
      [{ type: 'setCardText', cardId: 'a2', text: 'Still needed' }],
    );
    expect(cardOf(map, 'a2')?.text).toBe('Still needed');
    expect(conflicts).toEqual([
      { id: 'conflict-a2', subject: 'card', recordId: 'a2', deletedBy: 'ours' },
    ]);
  });
});

describe('resolving a conflict (undoable operations)', () => {
  const textConflict = () =>
    merge(
      [{ type: 'setCardText', cardId: 'a2', text: 'Mine' }],
      [
        { type: 'setCardText', cardId: 'a2', text: 'Theirs' },
        { type: 'setCardFields', cardIds: ['a2'], fields: { color: '#ff0000' } },
      ],
    ).map;
  const resolve = (map: JourneyMap, keep: 'mine' | 'theirs' | 'both', id = 'conflict-a2') =>
    edit([{ type: 'resolveConflict', conflictId: id, keep }], map);

  test('keep mine drops their sibling; keep theirs puts their text on the card', () => {
    const mine = resolve(textConflict(), 'mine');
    expect(cell(mine, 'act', 's1')).toEqual(['a1', 'a2', 'a3']);
    expect(cardOf(mine, 'a2')).toMatchObject({ text: 'Mine', color: '#ff0000' });
    expect(mine.conflicts).toBeUndefined();
    const theirs = resolve(textConflict(), 'theirs');
    expect(cell(theirs, 'act', 's1')).toEqual(['a1', 'a2', 'a3']);
    expect(cardOf(theirs, 'a2')?.text).toBe('Theirs');
    expect(theirs.conflicts).toBeUndefined();
  });

  test('keep both keeps both cards; deleting the sibling by hand also settles it', () => {
    const both = resolve(textConflict(), 'both');
    expect(cell(both, 'act', 's1')).toEqual(['a1', 'a2', 'a2-theirs', 'a3']);
    expect(both.conflicts).toBeUndefined();
    const deleted = edit([{ type: 'deleteCards', cardIds: ['a2-theirs'] }], textConflict());
    expect(deleted.conflicts).toBeUndefined();
  });

  test('a renamed stage takes their name; delete against edit follows the choice', () => {
    const renamed = merge(
      [{ type: 'renameStage', stageId: 's1', name: 'Mine' }],
      [{ type: 'renameStage', stageId: 's1', name: 'Theirs' }],
    ).map;
    expect(resolve(renamed, 'theirs', 'conflict-s1').stages[0]?.name).toBe('Theirs');
    expect(resolve(renamed, 'both', 'conflict-s1').stages[0]?.name).toBe('Mine / Theirs');
    const deleted = merge(
      [{ type: 'deleteCards', cardIds: ['a2'] }],
      [{ type: 'setCardText', cardId: 'a2', text: 'Still needed' }],
    ).map;
    expect(cardOf(resolve(deleted, 'mine'), 'a2')).toBeUndefined();
    expect(cardOf(resolve(deleted, 'theirs'), 'a2')?.text).toBe('Still needed');
  });

  test('the loader drops a conflict that names a missing record, with a warning', async () => {
    const { loadMapValue } = await import('../../../../shared/load');
    const map = textConflict();
    const result = loadMapValue({ ...map, cards: map.cards.filter((c) => c.id !== 'a2-theirs') });
    expect(result.ok && result.map.conflicts).toBeUndefined();
    expect(result.ok && result.warnings.map((w) => w.message)).toContain(
      'merge conflict "conflict-a2" names "a2-theirs", which does not exist; the conflict was dropped',
    );
  });
});
