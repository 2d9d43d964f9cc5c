import { placesOf } from '../diff';
import type { Card, JourneyMap } from '../model';
import { uniqueId } from '../ops/ids';
import { mergeList, type PendingConflict } from './records';
import { mergeSequence, type Sequence } from './sequence';
import { addTo } from '../diff/groups';

/** A card's order is its position, merged cell by cell (below), not field by field. */
const POSITION: ReadonlySet<string> = new Set(['id', 'order']);

const cellKey = (card: Pick<Card, 'laneId' | 'stageId'>): string =>
  `${card.laneId}\u0000${card.stageId}`;

/**
 * The cards of a three-way merge. Contents and cells merge as fields (a text edit on one side
 * and a move on the other both land); positions merge cell by cell (`mergeSequence`), so
 * cards added to the same cell on both sides are all kept. A card whose fields conflict keeps
 * ours and gets a sibling right after it holding theirs, named by the conflict.
 */
export function mergeCards(
  base: JourneyMap,
  ours: JourneyMap,
  theirs: JourneyMap,
): { cards: Card[]; conflicts: PendingConflict[] } {
  const merged = mergeList('card', base.cards, ours.cards, theirs.cards, POSITION);
  const taken = new Set([...merged.records.keys(), ...ours.cards.map((c) => c.id)]);
  const siblings = new Map<string, Card>();
  const conflicts = merged.conflicts.map((conflict): PendingConflict => {
    const theirVersion = conflict.recordId && merged.theirs.get(conflict.recordId);
    const mine = conflict.recordId && merged.records.get(conflict.recordId);
    if (!theirVersion || !mine) return conflict;
    const sibling: Card = { ...mine };
    for (const field of theirVersion.fields) {
      const value = (theirVersion.record as Record<string, unknown>)[field];
      if (value === undefined) Reflect.deleteProperty(sibling, field);
      else Object.assign(sibling, { [field]: value });
    }
    sibling.id = uniqueId(`${mine.id}-theirs`, taken);
    taken.add(sibling.id);
    siblings.set(mine.id, sibling);
    return {
      subject: 'card',
      recordId: mine.id,
      fields: theirVersion.fields,
      theirsCardId: sibling.id,
    };
  });

  const orderOf = orderInCells(base, ours, theirs, [...merged.records.values()], siblings);
  // File order: ours' cards as ours has them, then theirs' additions, siblings beside theirs.
  const ids = [...new Set([...ours.cards, ...theirs.cards].map((card) => card.id))];
  const cards: Card[] = [];
  for (const id of ids) {
    const card = merged.records.get(id);
    if (!card) continue;
    cards.push({ ...card, order: orderOf.get(id) ?? 0 });
    const sibling = siblings.get(id);
    if (sibling) cards.push({ ...sibling, order: orderOf.get(sibling.id) ?? 0 });
  }
  return { cards, conflicts };
}

/** Each merged card's `order`: its position in its cell after merging the three orders. */
function orderInCells(
  base: JourneyMap,
  ours: JourneyMap,
  theirs: JourneyMap,
  merged: readonly Card[],
  siblings: ReadonlyMap<string, Card>,
): Map<string, Card['order']> {
  const [baseCells, ourCells, theirCells] = [base, ours, theirs].map((map) =>
    cellSequences(map.cards),
  );
  const members = new Map<string, Set<string>>();
  for (const card of merged) {
    const key = cellKey(card);
    members.set(key, (members.get(key) ?? new Set()).add(card.id));
  }
  const orders = new Map<string, Card['order']>();
  const cells = new Map<string, string[]>();
  for (const [key, ids] of members) {
    cells.set(
      key,
      mergeSequence(
        baseCells?.get(key)?.ids ?? [],
        ourCells?.get(key) ?? EMPTY,
        theirCells?.get(key) ?? EMPTY,
        ids,
      ),
    );
  }
  for (const [id, sibling] of siblings) {
    const key = cellKey(sibling);
    const cell = cells.get(key) ?? [];
    const at = cell.indexOf(id);
    if (at >= 0) cell.splice(at + 1, 0, sibling.id);
    else cell.push(sibling.id);
    cells.set(key, cell);
  }
  for (const cell of cells.values()) {
    cellOrders(cell.length).forEach((order, index) => orders.set(cell[index] ?? '', order));
  }
  return orders;
}

/**
 * The `order` values of a cell of `count` cards in sequence: today's format numbers the
 * cards of a cell 0…n−1 (what the loader and the editor expect).
 */
function cellOrders(count: number): Card['order'][] {
  return Array.from({ length: count }, (_, index) => index);
}

const EMPTY: Sequence = { ids: [], key: () => undefined };

/** Each cell's card ids in their order, with each card's `order` as its sort key. */
function cellSequences(cards: readonly Card[]): Map<string, Sequence> {
  const places = placesOf(cards);
  const cells = new Map<string, string[]>();
  for (const card of cards) {
    const key = cellKey(card);
    addTo(cells, key, card.id);
  }
  const out = new Map<string, Sequence>();
  for (const [key, ids] of cells) {
    ids.sort((a, b) => (places.get(a)?.index ?? 0) - (places.get(b)?.index ?? 0));
    out.set(key, { ids, key: (id) => places.get(id)?.order });
  }
  return out;
}
