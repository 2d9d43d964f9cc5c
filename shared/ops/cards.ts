import { LIMITS } from '../model';
import {
  EDITABLE_CARD_FIELD_NAMES,
  fitCardField,
  fitNewCard,
  type CardFieldChanges,
  type CardInput,
} from './cardInput';
import { cellCards, rekey, removeCards } from './cells';
import { findCards, peek, type CardDraft, type MapDraft } from './draft';
import { fitIndex, fitText } from './sanitize';

/** Edits of cards' content. Moving, duplicating and pasting are in `cardMoves.ts`. */
export type CardOperation =
  /**
   * Adds a card to its cell (`card.laneId` × `card.stageId`) at `index` within the cell
   * (default: the end). Its id must be new and its lane and stage must exist.
   */
  | { type: 'addCard'; card: CardInput; index?: number }
  | { type: 'setCardText'; cardId: string; text: string }
  /**
   * Sets or clears (`null`) optional fields of one or more cards: emotion score, persona,
   * channel, severity, priority, metric, evidence, colour (votes: `addVotes`, votes.ts). A value that cannot be
   * made valid (an unknown persona, a malformed colour) leaves that field alone.
   */
  | { type: 'setCardFields'; cardIds: readonly string[]; fields: CardFieldChanges }
  /** Deletes the cards and every connector that touches them. */
  | { type: 'deleteCards'; cardIds: readonly string[] };

export function applyCardOperation(map: MapDraft, op: CardOperation): void {
  switch (op.type) {
    case 'addCard':
      addCard(map, op.card, op.index);
      return;
    case 'setCardText': {
      for (const card of findCards(map, (c) => c.id === op.cardId)) card.text = fitText(op.text);
      return;
    }
    case 'setCardFields':
      for (const card of cardsById(map, op.cardIds)) setFields(map, card, op.fields);
      return;
    case 'deleteCards':
      removeCards(map, new Set(op.cardIds));
      return;
  }
}

/** The existing cards among `ids`, each once, in the order of `ids`. */
export function cardsById(map: MapDraft, ids: readonly string[]): CardDraft[] {
  const wanted = new Set(ids);
  const found = new Map<string, CardDraft>();
  for (const card of findCards(map, (c) => wanted.has(c.id))) found.set(card.id, card);
  const result: CardDraft[] = [];
  for (const id of wanted) {
    const card = found.get(id);
    if (card) result.push(card);
  }
  return result;
}

function addCard(map: MapDraft, input: CardInput, index: number | undefined): void {
  if (map.cards.length >= LIMITS.cards || peek(map.cards).some((c) => c.id === input.id)) return;
  if (!map.lanes.some((l) => l.id === input.laneId)) return;
  if (!map.stages.some((s) => s.id === input.stageId)) return;
  const cell = cellCards(map, input.laneId, input.stageId);
  const card = fitNewCard(map, input, input.id);
  if (!card) return;
  map.cards.push(card);
  // The pushed card is a plain object; reach it as a draft to give it its place.
  const added = map.cards[map.cards.length - 1];
  if (!added) return;
  cell.splice(fitIndex(index, cell.length), 0, added);
  rekey(cell, new Set([added]));
}

function setFields(map: MapDraft, card: CardDraft, fields: CardFieldChanges): void {
  for (const name of EDITABLE_CARD_FIELD_NAMES) {
    const value = fields[name];
    if (value === undefined) continue;
    if (value === null) {
      Reflect.deleteProperty(card, name); // every listed field is optional
      continue;
    }
    const fitted = fitCardField(map, name, value);
    // The assignment is typed per field by fitCardField; TypeScript cannot follow `name` here.
    if (fitted !== undefined) (card as Record<typeof name, unknown>)[name] = fitted;
  }
}
