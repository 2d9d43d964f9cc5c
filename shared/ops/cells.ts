import { byCellOrder } from '../grid/cells';
import { assignOrderKeys, type Card } from '../model';
import { findCards, peek, type CardDraft, type MapDraft } from './draft';

/** The cards of one cell (lane × stage) in their order; ties keep document order. */
export function cellCards(map: MapDraft, laneId: string, stageId: string): CardDraft[] {
  return findCards(map, (c) => c.laneId === laneId && c.stageId === stageId).sort(byCellOrder);
}

/**
 * Gives the cards order keys that follow the sequence given, changing as few as possible:
 * cards already in increasing key order keep their keys, the others (moved, inserted; and
 * every card in `fresh`) get keys between their neighbours. Never renumbers a whole cell.
 */
export function rekey(
  cards: readonly CardDraft[],
  fresh: ReadonlySet<CardDraft> = new Set(),
): void {
  const freshIndices = new Set<number>();
  cards.forEach((card, index) => {
    if (fresh.has(card)) freshIndices.add(index);
  });
  const keys = assignOrderKeys(
    cards.map((card) => card.order),
    freshIndices,
  );
  cards.forEach((card, index) => {
    const key = keys[index] as string;
    if (card.order !== key) card.order = key;
  });
}

/**
 * Removes the cards whose ids are listed, with every connector that touches them. The other
 * cards keep their order keys: a gap between keys needs no closing.
 */
export function removeCards(map: MapDraft, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  const cards = peek(map.cards as Card[]);
  const kept = cards.filter((card) => !ids.has(card.id));
  if (kept.length === cards.length) return;
  map.cards = kept;
  const connectors = peek(map.connectors);
  if (connectors.some((c) => ids.has(c.from) || ids.has(c.to))) {
    map.connectors = connectors.filter((c) => !ids.has(c.from) && !ids.has(c.to));
  }
}

/** Where `card` stands among its cell's cards (0: first): the `index` an operation takes. */
export function positionInCell(cards: readonly Card[], card: Card): number {
  let position = 0;
  for (const other of cards) {
    if (other.laneId === card.laneId && other.stageId === card.stageId && other.order < card.order)
      position++;
  }
  return position;
}
