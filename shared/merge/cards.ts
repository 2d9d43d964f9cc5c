import { placesOf } from '../diff';
import { assignOrderKeys, type Card, type JourneyMap, type OrderKey } from '../model';
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
    cards.push({ ...card, order: orderOf.get(id) ?? card.order });
    const sibling = siblings.get(id);
    if (sibling) cards.push({ ...sibling, order: orderOf.get(sibling.id) ?? sibling.order });
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
  const siblingIds = new Set([...siblings.values()].map((sibling) => sibling.id));
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
  const keyOf = placingKeys(base, ours, theirs);
  for (const cell of cells.values()) {
    // Siblings get fresh keys; every other card keeps the key of the side that placed it
    // where that still sorts in the merged sequence, so only the cards that must move change.
    const keys = assignOrderKeys(cell.map((id) => (siblingIds.has(id) ? undefined : keyOf(id))));
    keys.forEach((order, index) => orders.set(cell[index] ?? '', order));
  }
  return orders;
}

/**
 * A card's key as the side that placed it has it: theirs when only they moved or added it
 * (to another cell or within one), else ours.
 */
function placingKeys(
  base: JourneyMap,
  ours: JourneyMap,
  theirs: JourneyMap,
): (id: string) => OrderKey | undefined {
  const [baseCards, ourCards, theirCards] = [base, ours, theirs].map(
    (map) => new Map(map.cards.map((card) => [card.id, card])),
  );
  const placed = (side: Card | undefined, was: Card | undefined): boolean =>
    side !== undefined &&
    (was === undefined || side.order !== was.order || cellKey(side) !== cellKey(was));
  return (id) => {
    const was = baseCards?.get(id);
    const mine = ourCards?.get(id);
    const their = theirCards?.get(id);
    if (placed(their, was) && !placed(mine, was)) return their?.order;
    return (mine ?? their)?.order;
  };
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
