import { byCellOrder } from '../grid/cells';
import type { Card, JourneyMap, LaneKind } from '../model';
import type { LayoutCache } from './cache';
import { measureCard, placeCard, type CardPaint, type MeasuredCard } from './cardContent';
import type { CardLayout } from './types';

/**
 * The cards of each cell in order, as `cells[laneIndex * stageCount + stageIndex]` (a
 * stable sort keeps document order for equal `order`). Cards whose lane or stage does not
 * exist are left out.
 */
export function groupCells(map: JourneyMap): Card[][] {
  const nStages = map.stages.length;
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  const cells: Card[][] = Array.from({ length: map.lanes.length * nStages }, () => []);
  for (const card of map.cards) {
    const li = laneIndex.get(card.laneId);
    const si = stageIndex.get(card.stageId);
    if (li !== undefined && si !== undefined) cells[li * nStages + si]?.push(card);
  }
  for (const cell of cells) if (cell.length > 1) cell.sort(byCellOrder);
  return cells;
}

/** Measures a card, or takes the measurement of the same card object from the cache. */
export function measureCached(
  card: Card,
  kind: LaneKind,
  width: number,
  cache: LayoutCache | undefined,
): MeasuredCard {
  const hit = cache?.cards.get(card);
  if (hit && hit.kind === kind && hit.width === width) return hit.measured;
  const measured = measureCard(card, kind, width);
  cache?.cards.set(card, { kind, width, measured });
  return measured;
}

/** Places a card, or returns the cached layout when nothing about it changed. */
export function placeCached(
  m: MeasuredCard,
  x: number,
  y: number,
  width: number,
  paint: CardPaint,
  cache: LayoutCache | undefined,
): CardLayout {
  const entry = cache?.cards.get(m.card);
  const old = entry?.placed;
  if (
    old &&
    entry.measured === m &&
    old.x === x &&
    old.y === y &&
    old.fill === paint.fill &&
    old.text.align === paint.align
  ) {
    return old;
  }
  const placed = placeCard(m, x, y, width, paint);
  if (entry) entry.placed = placed;
  return placed;
}

/** Height of a stack of cards in a cell, padding included (0 for an empty cell). */
export function stackHeight(cards: readonly MeasuredCard[], gap: number, padding: number): number {
  if (cards.length === 0) return 0;
  let sum = 2 * padding + (cards.length - 1) * gap;
  for (const m of cards) sum += m.height;
  return sum;
}
