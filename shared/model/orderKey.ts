import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';

/**
 * A card's place within its cell: a fractional-indexing key (`a0`, `a1`, `a0V` …) that sorts
 * by plain code-unit comparison. A card inserted between two others gets a key between
 * theirs and no other card changes, so two people's edits to one cell touch different lines
 * of the file (see the README's "Merging maps in git").
 */
export const ORDER_KEY_PATTERN = /^[A-Za-z][0-9A-Za-z]*$/;
/** Keys grow by about one character per insertion at the same spot; this is far beyond that. */
export const ORDER_KEY_MAX = 100;
export const OrderKeySchema = z
  .string()
  .max(ORDER_KEY_MAX)
  .regex(ORDER_KEY_PATTERN)
  .describe(
    'Place of the card within its cell: a fractional-indexing key ("a0", "a1", "a0V" …), ' +
      'compared character by character. Optional: a card without it goes after the others.',
  );
export type OrderKey = string;

/** The head letter fixes the length of the integer part (`a`: 2, `b`: 3 … `A`: 27, `Z`: 2). */
function integerLength(head: number): number {
  if (head >= 0x61 && head <= 0x7a) return head - 0x61 + 2;
  return 0x5a - head + 2;
}

/** The one key the library refuses as a lower bound: the smallest integer (`A` and 26 zeros). */
const SMALLEST = `A${'0'.repeat(26)}`;

/**
 * Whether `key` is a key that `fractional-indexing` accepts: the pattern, an integer part of
 * the length its head letter says, and no trailing `0` in the fraction.
 */
export function isOrderKey(key: string): boolean {
  if (key.length > ORDER_KEY_MAX || !ORDER_KEY_PATTERN.test(key)) return false;
  const intLength = integerLength(key.charCodeAt(0));
  if (key.length < intLength || key === SMALLEST) return false;
  return key.length === intLength || !key.endsWith('0');
}

/** Sorts keys as the library orders them: by UTF-16 code units, never by locale. */
export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `count` keys in increasing order, all between `before` and `after` (null: open end). */
export function orderKeysBetween(
  before: OrderKey | null,
  after: OrderKey | null,
  count: number,
): OrderKey[] {
  return generateNKeysBetween(before, after, count);
}

/** One key between `before` and `after` (null: open end). */
export function orderKeyBetween(before: OrderKey | null, after: OrderKey | null): OrderKey {
  return generateKeyBetween(before, after);
}

/**
 * Keys for a sequence of cards in the order they should have, changing as few as possible:
 * the longest run of current keys that already increases along the sequence is kept, and
 * only the others (moved or new cards: `undefined`, or listed in `fresh`) get new keys
 * between their kept neighbours. Returns the key for each position.
 */
export function assignOrderKeys(
  current: readonly (OrderKey | undefined)[],
  fresh: ReadonlySet<number> = new Set(),
): OrderKey[] {
  const kept = longestIncreasing(current, fresh);
  const out: OrderKey[] = [];
  let i = 0;
  while (i < current.length) {
    if (kept.has(i)) {
      out.push(current[i] as OrderKey);
      i++;
      continue;
    }
    let end = i;
    while (end < current.length && !kept.has(end)) end++;
    const before = i > 0 ? (out[i - 1] as OrderKey) : null;
    const after = end < current.length ? (current[end] as OrderKey) : null;
    out.push(...orderKeysBetween(before, after, end - i));
    i = end;
  }
  return out;
}

/**
 * Positions of a longest strictly increasing subsequence of valid keys (patience sorting,
 * O(n log n)), preferring the earliest choice on ties so the result is deterministic.
 */
function longestIncreasing(
  keys: readonly (OrderKey | undefined)[],
  fresh: ReadonlySet<number>,
): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, index) => {
    if (key === undefined || fresh.has(index) || !isOrderKey(key)) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[tails[mid] as number] as OrderKey) < key) lo = mid + 1;
      else hi = mid;
    }
    previous[index] = lo > 0 ? (tails[lo - 1] as number) : -1;
    tails[lo] = index;
  });
  const kept = new Set<number>();
  let at = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
  while (at !== -1) {
    kept.add(at);
    at = previous[at] as number;
  }
  return kept;
}
