import { CardSchema, orderKeyBetween, UNSAFE_KEYS, type Card, type OrderKey } from '../model';
import type { MapDraft } from './draft';
import { fitScore, fitShort, fitText, fitVotes } from './sanitize';

/**
 * A card as the editor or the clipboard hands it over: its `order` is decided on insertion
 * (a copied card's key only keeps pasted cards of one cell in their relative order).
 */
export type CardInput = Omit<Card, 'order'> & { order?: OrderKey };

/** The optional fields of a card; a new card (added, pasted, duplicated) may carry each. */
export type CardFields = Pick<
  Card,
  | 'color'
  | 'evidence'
  | 'score'
  | 'personaId'
  | 'channel'
  | 'severity'
  | 'priority'
  | 'metric'
  | 'votes'
>;
export type CardFieldName = keyof CardFields;
/**
 * The fields `setCardFields` edits: all but `votes`, which only the vote operations change
 * (`shared/ops/votes.ts`), so that a card's total and its participants' votes follow one rule.
 */
export type EditableCardFieldName = Exclude<CardFieldName, 'votes'>;
/** New values; `null` removes the field, an absent key leaves it alone. */
export type CardFieldChanges = {
  [K in EditableCardFieldName]?: NonNullable<CardFields[K]> | null;
};

export const CARD_FIELD_NAMES: readonly CardFieldName[] = [
  'color',
  'evidence',
  'score',
  'personaId',
  'channel',
  'severity',
  'priority',
  'metric',
  'votes',
];

export const EDITABLE_CARD_FIELD_NAMES = CARD_FIELD_NAMES.filter(
  (name): name is EditableCardFieldName => name !== 'votes',
);

/**
 * A field value made to fit (text cut, numbers clamped, objects copied so the document never
 * shares an object with an operation), or undefined when it cannot be made valid. A persona
 * id must name a persona of the map.
 */
export function fitCardField<K extends CardFieldName>(
  map: MapDraft,
  name: K,
  value: NonNullable<CardFields[K]>,
): NonNullable<CardFields[K]> | undefined {
  let fitted: unknown = value;
  if (name === 'score') fitted = fitScore(value as number);
  else if (name === 'votes') fitted = fitVotes(value as number);
  else if (name === 'personaId' && !map.personas.some((p) => p.id === value)) return undefined;
  else if (name === 'evidence') {
    const { status, source } = value as NonNullable<Card['evidence']>;
    fitted = source === undefined ? { status } : { status, source: fitShort(source) };
  } else if (name === 'metric') {
    const { value: figure, target } = value as NonNullable<Card['metric']>;
    fitted =
      target === undefined
        ? { value: fitShort(figure) }
        : { value: fitShort(figure), target: fitShort(target) };
  }
  const parsed = CardSchema.shape[name].safeParse(fitted);
  return parsed.success ? (parsed.data as NonNullable<CardFields[K]>) : undefined;
}

const KNOWN_CARD_KEYS: ReadonlySet<string> = new Set(Object.keys(CardSchema.shape));

/**
 * A new card for the document, or undefined when its cell or content is not valid. Its
 * `order` is a placeholder: the operation gives it its key once it knows its neighbours.
 * Fields of other tools (`x-…`) that the input carries come along, like on a duplicate.
 */
export function fitNewCard(map: MapDraft, input: CardInput, id: string): Card | undefined {
  const card: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!KNOWN_CARD_KEYS.has(key) && !UNSAFE_KEYS.has(key)) card[key] = value;
  }
  Object.assign(card, {
    id,
    laneId: input.laneId,
    stageId: input.stageId,
    order: PLACEHOLDER_KEY,
    text: fitText(input.text),
  });
  for (const name of CARD_FIELD_NAMES) {
    const value = input[name];
    if (value === undefined || value === null) continue;
    const fitted = fitCardField(map, name, value);
    if (fitted !== undefined) card[name] = fitted;
  }
  const parsed = CardSchema.safeParse(card);
  return parsed.success ? (parsed.data as Card) : undefined;
}

const PLACEHOLDER_KEY = orderKeyBetween(null, null);
