import { SCORE_MAX, SCORE_MIN, type JourneyMap } from '../../shared/model';
import { idSet, newId, positionInCell } from '../../shared/ops';
import { cardsInCell, moveCursor, stepCell, type Direction } from '../keyboard/navigation';
import { selectedCardIds, type CellRef, type EditorStore } from '../store';

/**
 * Edits of cards that the keyboard, the toolbar and the canvas share: adding a card and
 * editing it at once, moving the cursor, changing emotion scores.
 */

/** Adds an empty card to a cell at `index` (default: the end) and starts editing it. */
export function addCardAndEdit(
  store: EditorStore,
  cell: CellRef,
  index?: number,
  text = '',
): string | null {
  const { doc } = store.getState();
  if (!doc) return null;
  const id = newId('card', idSet(doc.cards));
  const added = store.getState().apply(
    { type: 'addCard', card: { id, laneId: cell.laneId, stageId: cell.stageId, text }, index },
    // The text typed next belongs to the same step as the card.
    { coalesceKey: `setCardText:${id}` },
  );
  if (!added) return null;
  store.getState().startEditing(id, true);
  return id;
}

/** A key typed on a selected card: editing starts with its text replaced by that key. */
export function typeOverCard(store: EditorStore, cardId: string, key: string): void {
  store.getState().startEditing(cardId);
  // The key and what is typed next are one undo step (the editor's own typing coalesces).
  store.getState().apply({ type: 'setCardText', cardId, text: key });
}

/** The cell to add to: the active cell, else the selected card's, else the first one. */
export function targetCell(store: EditorStore): { cell: CellRef; index?: number } | null {
  const { doc, cursor, selection } = store.getState();
  if (!doc) return null;
  const selected = selectedCardIds(selection);
  const last = doc.cards.find((c) => c.id === selected[selected.length - 1]);
  if (last) {
    const index = positionInCell(doc.cards, last) + 1;
    return { cell: { laneId: last.laneId, stageId: last.stageId }, index };
  }
  if (cursor) return { cell: cursor };
  const lane = doc.lanes[0];
  const stage = doc.stages[0];
  return lane && stage ? { cell: { laneId: lane.id, stageId: stage.id } } : null;
}

/** Enter while editing: the next card right after the one being edited. */
export function addNextCard(store: EditorStore, cardId: string): void {
  const doc = store.getState().doc;
  const card = doc?.cards.find((c) => c.id === cardId);
  store.getState().stopEditing();
  if (!doc || !card) return;
  const index = positionInCell(doc.cards, card) + 1;
  addCardAndEdit(store, { laneId: card.laneId, stageId: card.stageId }, index);
}

function rtl(map: JourneyMap): boolean {
  return map.direction === 'rtl';
}

/** Arrows: the next card or cell in a direction on screen (left and right mirror in RTL maps). */
export function moveSelection(store: EditorStore, direction: Direction): void {
  const { doc, cursor, selection } = store.getState();
  if (!doc) return;
  const selected = selectedCardIds(selection);
  const card = doc.cards.find((c) => c.id === selected[selected.length - 1]);
  const from = card
    ? { cell: { laneId: card.laneId, stageId: card.stageId }, cardId: card.id }
    : cursor
      ? { cell: cursor, cardId: null }
      : null;
  if (!from) {
    const first = targetCell(store);
    if (first) store.getState().setCursor(first.cell);
    return;
  }
  const screen: Direction =
    rtl(doc) && (direction === 'left' || direction === 'right')
      ? direction === 'left'
        ? 'right'
        : 'left'
      : direction;
  // From a selected header back into the grid: its own row or column's cell.
  const fromHeader =
    (selection.kind === 'stage' && screen === 'down') ||
    (selection.kind === 'lane' && screen === 'right');
  if (fromHeader) {
    const there = cardsInCell(doc, from.cell)[0];
    if (there) store.getState().selectCards([there.id]);
    else store.getState().setCursor(from.cell);
    return;
  }
  const next = moveCursor(doc, from, screen);
  if (!next) {
    // Past the top row: the stage's header; before the first stage: the lane's header. Its
    // inspector (Alt+Enter) renames, recolours, moves and deletes it from the keyboard.
    if (screen === 'up')
      store.getState().select({ kind: 'stage', id: from.cell.stageId }, from.cell);
    if (screen === 'left')
      store.getState().select({ kind: 'lane', id: from.cell.laneId }, from.cell);
    return;
  }
  if (next.cardId) store.getState().selectCards([next.cardId]);
  else store.getState().setCursor(next.cell);
}

/**
 * Tab and Shift+Tab: the next or previous cell, with no card selected. False when there is
 * none (past the last cell; Shift+Tab with no active cell), so the caller can leave the map.
 */
export function moveToCell(store: EditorStore, step: 1 | -1): boolean {
  const { doc, cursor } = store.getState();
  if (!doc) return false;
  // Without an active cell the first Tab lands on the first cell.
  const next = cursor ? stepCell(doc, cursor, step) : step > 0 ? targetCell(store)?.cell : null;
  if (next) store.getState().setCursor(next);
  return next != null;
}

/** Raises or lowers the emotion score of the selected cards in emotion lanes. */
export function changeScore(store: EditorStore, delta: 1 | -1): void {
  const { doc, selection } = store.getState();
  if (!doc) return;
  const emotionLanes = new Set(doc.lanes.filter((l) => l.kind === 'emotions').map((l) => l.id));
  const ids = new Set(selectedCardIds(selection));
  const cards = doc.cards.filter((c) => ids.has(c.id) && emotionLanes.has(c.laneId));
  const ops = cards.map((card) => ({
    type: 'setCardFields' as const,
    cardIds: [card.id],
    fields: { score: Math.max(SCORE_MIN, Math.min(SCORE_MAX, (card.score ?? 0) + delta)) },
  }));
  if (ops.length > 0) store.getState().applyBatch(ops);
}
