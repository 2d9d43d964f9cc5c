import { byCellOrder, cellKey } from '../grid/cells';
import type { Card } from '../model';
import { findCards, peek, type CardDraft, type MapDraft } from './draft';

/** The cards of one cell (lane × stage) in their order; ties keep document order. */
export function cellCards(map: MapDraft, laneId: string, stageId: string): CardDraft[] {
  return findCards(map, (c) => c.laneId === laneId && c.stageId === stageId).sort(byCellOrder);
}

/** Gives the cards `order` 0…n−1 in the sequence given, touching only those that change. */
export function renumber(cards: readonly CardDraft[]): void {
  cards.forEach((card, index) => {
    if (card.order !== index) card.order = index;
  });
}

/**
 * Removes the cards whose ids are listed, with every connector that touches them, and closes
 * the gaps they leave in their cells. The new card list is built from plain values (cards
 * whose order changes are copied), so no card is drafted for nothing.
 */
export function removeCards(map: MapDraft, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  const cards = peek(map.cards as Card[]);
  const gaps = new Set<string>();
  const kept: Card[] = [];
  for (const card of cards) {
    if (ids.has(card.id)) gaps.add(cellKey(card));
    else kept.push(card);
  }
  if (kept.length === cards.length) return;
  const byCell = new Map<string, number[]>();
  kept.forEach((card, index) => {
    const key = cellKey(card);
    if (gaps.has(key)) byCell.set(key, [...(byCell.get(key) ?? []), index]);
  });
  for (const indices of byCell.values()) {
    indices.sort((a, b) => byCellOrder(kept[a] as Card, kept[b] as Card));
    indices.forEach((index, position) => {
      const card = kept[index];
      if (card && card.order !== position) kept[index] = { ...card, order: position };
    });
  }
  map.cards = kept;
  const connectors = peek(map.connectors);
  if (connectors.some((c) => ids.has(c.from) || ids.has(c.to))) {
    map.connectors = connectors.filter((c) => !ids.has(c.from) && !ids.has(c.to));
  }
}
