import { compareOrderKeys, type Card } from '../model';

/**
 * The grid's cells (lane × stage) and the order of cards within one: written once here for
 * the operations, the layout, the keyboard and workshop views, so that a change to how
 * cards are ordered in a cell is made in one place.
 */

/** A cell of the grid: one lane × one stage. Cards sit in cells; so does the keyboard cursor. */
export interface CellRef {
  readonly laneId: string;
  readonly stageId: string;
}

/** A cell as a key for maps and sets (ids hold no NUL, so no two cells share a key). */
export function cellKey(cell: CellRef): string {
  return `${cell.laneId}\u0000${cell.stageId}`;
}

export function inCell(cell: CellRef): (item: CellRef) => boolean {
  return (item) => item.laneId === cell.laneId && item.stageId === cell.stageId;
}

/**
 * The order of cards within a cell, for `sort` (which is stable: ties keep document order):
 * by their fractional order keys (`shared/model/orderKey.ts`).
 */
export function byCellOrder(a: Pick<Card, 'order'>, b: Pick<Card, 'order'>): number {
  return compareOrderKeys(a.order, b.order);
}

/** Items grouped by their cell: groups in the order first met, each in the input's order. */
export function groupByCell<T>(items: Iterable<T>, cellOf: (item: T) => CellRef): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = cellKey(cellOf(item));
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The cards of one cell in their order. */
export function cardsInCell<C extends Pick<Card, 'laneId' | 'stageId' | 'order'>>(
  cards: readonly C[],
  cell: CellRef,
): C[] {
  return cards.filter(inCell(cell)).sort(byCellOrder);
}
