import type { CardDraft, MapDraft } from './draft';

/** The cards of one cell (lane × stage) in their order; ties keep document order. */
export function cellCards(map: MapDraft, laneId: string, stageId: string): CardDraft[] {
  return map.cards
    .filter((card) => card.laneId === laneId && card.stageId === stageId)
    .sort((a, b) => a.order - b.order);
}

/** Gives the cards `order` 0…n−1 in the sequence given, touching only those that change. */
export function renumber(cards: readonly CardDraft[]): void {
  cards.forEach((card, index) => {
    if (card.order !== index) card.order = index;
  });
}

/** Makes the orders of every listed cell contiguous again (after removals). */
export function renumberCells(map: MapDraft, cells: Iterable<readonly [string, string]>): void {
  const seen = new Set<string>();
  for (const [laneId, stageId] of cells) {
    const key = `${laneId}\u0000${stageId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    renumber(cellCards(map, laneId, stageId));
  }
}

/**
 * Removes the cards whose ids are listed, with every connector that touches them, and closes
 * the gaps they leave in their cells.
 */
export function removeCards(map: MapDraft, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  const cells: [string, string][] = [];
  const kept: CardDraft[] = [];
  for (const card of map.cards) {
    if (ids.has(card.id)) cells.push([card.laneId, card.stageId]);
    else kept.push(card);
  }
  if (kept.length === map.cards.length) return;
  map.cards = kept;
  if (map.connectors.some((c) => ids.has(c.from) || ids.has(c.to))) {
    map.connectors = map.connectors.filter((c) => !ids.has(c.from) && !ids.has(c.to));
  }
  renumberCells(map, cells);
}
