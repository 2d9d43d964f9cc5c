import { current, isDraft, type Draft } from 'immer';
import type { Card, JourneyMap } from '../model';

/** The document as an operation sees it: an immer draft (or a plain map being built). */
export type MapDraft = Draft<JourneyMap>;
export type CardDraft = Draft<Card>;

/**
 * A plain snapshot of a draft value, to scan without turning every element into a draft:
 * immer makes a proxy for each element a recipe reads, which for 3,000 cards costs more than
 * the edit. Read with `peek`, then touch only the elements that change through the draft.
 */
export function peek<T>(value: T): T {
  // `as`: isDraft has just said that value is a draft of T.
  return isDraft(value) ? (current(value as Draft<T>) as T) : value;
}

/** Indices of the cards that `match`, found without drafting the others. */
export function cardIndices(map: MapDraft, match: (card: Card) => boolean): number[] {
  const indices: number[] = [];
  peek(map.cards as Card[]).forEach((card, i) => {
    if (match(card)) indices.push(i);
  });
  return indices;
}

/** The drafts of the cards that `match`, in document order. */
export function findCards(map: MapDraft, match: (card: Card) => boolean): CardDraft[] {
  return cardIndices(map, match).flatMap((i) => {
    const card = map.cards[i];
    return card ? [card] : [];
  });
}
