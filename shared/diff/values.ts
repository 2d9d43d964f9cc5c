import type { JourneyMap } from '../model';
import { clip } from '../load/problem';
import type { Translate } from '../i18n/translate';

/** How long a quoted text may be in a diff line before it is cut with an ellipsis. */
export const TEXT_IN_LINE = 50;

/** Fields whose values are codes from the format (enums, dates, colours): shown as written. */
const CODE_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'lineBelow',
  'channel',
  'severity',
  'priority',
  'status',
  'mapType',
  'direction',
  'language',
  'brandColor',
  'color',
  'nextReview',
  'template',
  'date',
  'imported',
  'layout',
  'decimalMark',
  'dateOrder',
]);
/** Fields that hold another record's id: shown as that record's name or text. */
const REFERENCE_FIELDS: Readonly<Record<string, 'persona' | 'card'>> = {
  personaId: 'persona',
  from: 'card',
  to: 'card',
  cardId: 'card',
};

/** Text on one line, shortened, in the language's quotation marks, for a diff line. */
export function quote(text: string, t: Translate, limit: number = TEXT_IN_LINE): string {
  return t('diff.quoted', { text: clip(oneLine(text), limit) });
}

/** Text with its line breaks and runs of spaces made single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A signed number with a real minus sign (scores read `−1 → −2`). */
function formatNumber(value: number, field: string): string {
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return field === 'score' && value > 0 ? `+${value}` : String(value);
}

/**
 * A field's value in words: texts quoted and shortened, codes as written, references as the
 * name of what they point at, lists and objects item by item, images as "(image)".
 */
export function formatValue(
  field: string,
  value: unknown,
  maps: readonly JourneyMap[],
  t: Translate,
  limit: number = TEXT_IN_LINE,
): string {
  if (value === undefined || value === null || value === '') return t('diff.values.empty');
  if (typeof value === 'number') return formatNumber(value, field);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    const reference = REFERENCE_FIELDS[field];
    if (reference) return referenceName(reference, value, maps, t);
    if (value.startsWith('data:image/')) return t('diff.values.image');
    return CODE_FIELDS.has(field) ? clip(value, limit) : quote(value, t, limit);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('diff.values.none');
    return clip(
      value.map((item) => formatValue(field, item, maps, t, limit)).join(', '),
      limit * 2,
    );
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(
      ([key, item]) => `${fieldName(key, t)}: ${formatValue(key, item, maps, t, limit)}`,
    );
    return clip(parts.join(', '), limit * 2);
  }
  return String(value);
}

/** A field's name in the reader's language; fields of other tools keep their own name. */
export function fieldName(field: string, t: Translate): string {
  return t(`diff.fields.${field}`, { defaultValue: field });
}

/** The quoted name of a persona or text of a card, found in the first map that has it. */
export function referenceName(
  kind: 'persona' | 'card',
  id: string,
  maps: readonly JourneyMap[],
  t: Translate,
): string {
  for (const map of maps) {
    const found =
      kind === 'persona'
        ? map.personas.find((p) => p.id === id)?.name
        : map.cards.find((c) => c.id === id)?.text;
    if (found !== undefined) return quote(found, t);
  }
  return quote(id, t);
}
