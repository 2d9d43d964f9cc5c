import { ColorSchema, LIMITS, SCORE_MAX, SCORE_MIN } from '../model';

/**
 * Operations accept what the editor sends and keep the document valid: text longer than its
 * limit is cut, numbers are rounded and clamped, and values that cannot be fixed (a malformed
 * colour, an unknown enum value) are ignored.
 */

/** `text` cut to `max` UTF-16 units, never inside a surrogate pair. */
export function fitText(text: string, max: number = LIMITS.text): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

export const fitName = (text: string): string => fitText(text, LIMITS.name);
export const fitShort = (text: string): string => fitText(text, LIMITS.short);

export function isColor(value: string): boolean {
  return ColorSchema.safeParse(value).success;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** An emotion score: a whole number in −2…+2 (NaN counts as neutral). */
export function fitScore(score: number): number {
  return Number.isFinite(score) ? clamp(Math.round(score), SCORE_MIN, SCORE_MAX) : 0;
}

export const MAX_VOTES = 1_000_000;

export function fitVotes(votes: number): number {
  return Number.isFinite(votes) ? clamp(Math.round(votes), 0, MAX_VOTES) : 0;
}

/** An insertion index within 0…length (absent, NaN or beyond: the end). */
export function fitIndex(index: number | undefined, length: number): number {
  if (index === undefined || Number.isNaN(index)) return length;
  return clamp(Math.trunc(index), 0, length);
}

/** Moves the item at `from` so that it ends up at `to` (both already valid). */
export function moveItem<T>(items: T[], from: number, to: number): void {
  if (from === to) return;
  const [item] = items.splice(from, 1);
  if (item !== undefined) items.splice(to, 0, item);
}
