import type { Card } from '../model';
import { clip, describeValue, type ProblemList } from './problem';

/**
 * Makes the cards of every cell (lane × stage) count 0, 1, 2 … in the order they asked for
 * (ties keep file order), which is what the editor relies on. `brokenOrders` holds the
 * original `order` of cards whose order was not a whole number ≥ 0 (see `repairNumbers`);
 * it still says where the card wanted to be (1.5 between 1 and 2; NaN at the end).
 */
export function repairCardOrder(
  cards: readonly Card[],
  brokenOrders: ReadonlyMap<Card, number>,
  warnings: ProblemList,
): void {
  // Lane → stage → cards: nested maps, no key strings to build for every card.
  const lanes = new Map<string, Map<string, Card[]>>();
  for (const card of cards) {
    let stages = lanes.get(card.laneId);
    if (!stages) lanes.set(card.laneId, (stages = new Map()));
    const cell = stages.get(card.stageId);
    if (cell) cell.push(card);
    else stages.set(card.stageId, [card]);
  }
  const cells = [...lanes.values()].flatMap((stages) => [...stages.values()]);
  const wanted = (card: Card): number => brokenOrders.get(card) ?? card.order;
  for (const cell of cells) {
    if (brokenOrders.size === 0 && isPermutation(cell)) continue;
    const sorted = cell
      .map((card, position) => ({ card, key: sortKey(wanted(card)), position }))
      .sort((a, b) => a.key - b.key || a.position - b.position);
    const intact = sorted.every(
      ({ card }, order) => card.order === order && !brokenOrders.has(card),
    );
    if (intact) continue;
    const first = cell[0] as Card;
    warnings.add('orderRenumbered', ['cards'], {
      laneId: first.laneId,
      stageId: first.stageId,
      was: clip(cell.map((card) => describeValue(wanted(card))).join(', '), 80),
    });
    sorted.forEach(({ card }, order) => {
      card.order = order;
    });
  }
}

/** Whether the cell's orders are exactly 0 … n-1 (the usual case), without sorting. */
function isPermutation(cell: readonly Card[]): boolean {
  const seen = new Uint8Array(cell.length);
  for (const { order } of cell) {
    if (order >= cell.length || seen[order] === 1) return false;
    seen[order] = 1;
  }
  return true;
}

function sortKey(order: number): number {
  return Number.isNaN(order) ? Number.POSITIVE_INFINITY : order;
}
