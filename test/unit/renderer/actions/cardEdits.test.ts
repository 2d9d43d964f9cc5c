import { describe, expect, test } from 'vitest';
import {
  addCardAndEdit,
  addNextCard,
  changeScore,
  moveSelection,
  moveToCell,
  typeOverCard,
} from '../../../../renderer/actions/cardEdits';
import { createEditorStore, type EditorStore } from '../../../../renderer/store';
import type { Card, JourneyMap } from '../../../../shared/model';
import { positionInCell } from '../../../../shared/ops';
import { sampleMap } from '../../shared/ops/sampleMap';

function loaded(direction: 'ltr' | 'rtl' = 'ltr'): EditorStore {
  const store = createEditorStore();
  store.getState().loadDocument({ ...sampleMap(), direction });
  return store;
}

const card = (store: EditorStore, id: string) =>
  store.getState().doc?.cards.find((c) => c.id === id);

describe('keyboard editing of cards', () => {
  test('Enter while typing adds the next card right after, in the same cell', () => {
    const store = loaded();
    const first = addCardAndEdit(store, { laneId: 'act', stageId: 's2' }) ?? '';
    store.getState().apply({ type: 'setCardText', cardId: first, text: 'First' });
    addNextCard(store, first);
    const next = store.getState().editing?.cardId ?? '';
    expect(next).not.toBe(first);
    expect(card(store, next)).toMatchObject({ laneId: 'act', stageId: 's2' });
    const doc = store.getState().doc as JourneyMap;
    const position = (id: string) => positionInCell(doc.cards, card(store, id) as Card);
    expect(position(next) - position(first)).toBe(1);
  });

  test('the new card and its text are one undo step', () => {
    const store = loaded();
    const id = addCardAndEdit(store, { laneId: 'pain', stageId: 's1' }) ?? '';
    for (const text of ['S', 'Sl', 'Slow']) {
      store.getState().apply({ type: 'setCardText', cardId: id, text });
    }
    store.getState().stopEditing();
    store.getState().undo();
    expect(card(store, id)).toBeUndefined();
    store.getState().redo();
    expect(card(store, id)?.text).toBe('Slow');
  });

  test('Tab walks the cells in reading order; the arrows walk cards, then cells', () => {
    const store = loaded();
    moveToCell(store, 1);
    expect(store.getState().cursor).toEqual({ laneId: 'act', stageId: 's1' });
    moveToCell(store, 1);
    expect(store.getState().cursor).toEqual({ laneId: 'act', stageId: 's2' });
    store.getState().selectCards(['a1']);
    moveSelection(store, 'down');
    expect(store.getState().selection).toEqual({ kind: 'cards', ids: ['a2'] });
    moveSelection(store, 'right');
    expect(store.getState().selection).toEqual({ kind: 'cards', ids: ['b1'] });
  });

  test('up from the top row selects the stage, left of the first stage the lane', () => {
    const store = loaded();
    store.getState().selectCards(['a1']);
    moveSelection(store, 'up');
    expect(store.getState().selection).toEqual({ kind: 'stage', id: 's1' });
    store.getState().selectCards(['a1']);
    moveSelection(store, 'left');
    expect(store.getState().selection).toEqual({ kind: 'lane', id: 'act' });
    // Right from the lane's header (down from a stage's): back to the cell it was left from.
    moveSelection(store, 'right');
    expect(store.getState().selection).toEqual({ kind: 'cards', ids: ['a1'] });
  });

  test('past the last cell (or Shift+Tab with no cell) there is nowhere to go: the map is left', () => {
    const store = loaded();
    expect(moveToCell(store, -1)).toBe(false);
    const doc = store.getState().doc;
    const lastLane = doc?.lanes[doc.lanes.length - 1]?.id ?? '';
    const lastStage = doc?.stages[doc.stages.length - 1]?.id ?? '';
    store.getState().setCursor({ laneId: lastLane, stageId: lastStage });
    expect(moveToCell(store, 1)).toBe(false);
    expect(store.getState().cursor).toEqual({ laneId: lastLane, stageId: lastStage });
    expect(moveToCell(store, -1)).toBe(true);
  });

  test('a letter typed on a selected card types over it, and undo brings the old text back', () => {
    const store = loaded();
    const before = card(store, 'a1')?.text;
    store.getState().selectCards(['a1']);
    typeOverCard(store, 'a1', 'N');
    expect(store.getState().editing?.cardId).toBe('a1');
    store.getState().apply({ type: 'setCardText', cardId: 'a1', text: 'New' });
    store.getState().stopEditing();
    expect(card(store, 'a1')?.text).toBe('New');
    store.getState().undo();
    expect(card(store, 'a1')?.text).toBe(before);
  });

  test('in a right-to-left map the left arrow goes to the next stage', () => {
    const store = loaded('rtl');
    store.getState().selectCards(['a1']);
    moveSelection(store, 'left');
    expect(store.getState().selection).toEqual({ kind: 'cards', ids: ['b1'] });
  });

  test('+ and − change the emotion score within −2…+2, only on emotion cards', () => {
    const store = loaded();
    store.getState().selectCards(['e1', 'a1']);
    changeScore(store, 1);
    changeScore(store, 1);
    expect(card(store, 'e1')?.score).toBe(2);
    expect(card(store, 'a1')?.score).toBeUndefined();
    for (let i = 0; i < 6; i += 1) changeScore(store, -1);
    expect(card(store, 'e1')?.score).toBe(-2);
  });
});
