import { byCellOrder } from '../grid/cells';
import type { Card, JourneyMap, LaneKind } from '../model';
import type { LayoutCache } from './cache';
import { measureCard, placeCard, type CardPaint, type MeasuredCard } from './cardContent';
import { LAYOUT } from './constants';
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
  maxLines?: number,
): MeasuredCard {
  const hit = cache?.cards.get(card);
  if (hit && hit.kind === kind && hit.width === width && hit.maxLines === maxLines)
    return hit.measured;
  const measured = measureCard(card, kind, width, maxLines);
  cache?.cards.set(card, { kind, width, maxLines, measured });
  return measured;
}

/**
 * The cards of a cell that fit in `maxHeight` (room kept for the "+N more cards" row when
 * some do not); all of them without a limit. At least one card is always shown.
 */
export function visibleStack(
  cards: readonly MeasuredCard[],
  maxHeight: number | undefined,
): { shown: readonly MeasuredCard[]; hidden: number } {
  if (maxHeight === undefined) return { shown: cards, hidden: 0 };
  if (stackHeight(cards, LAYOUT.cardGap, LAYOUT.cellPaddingY) <= maxHeight)
    return { shown: cards, hidden: 0 };
  const room = maxHeight - LAYOUT.moreCardsHeight;
  let count = 0;
  while (
    count < cards.length &&
    (count === 0 ||
      stackHeight(cards.slice(0, count + 1), LAYOUT.cardGap, LAYOUT.cellPaddingY) <= room)
  )
    count += 1;
  return { shown: cards.slice(0, count), hidden: cards.length - count };
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
