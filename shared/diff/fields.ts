import equal from 'fast-deep-equal';

/** One own key whose value differs between two versions of an object. */
export interface FieldDifference {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The keys whose values differ, comparing every own key of either side (the app's fields and
 * any other tool's), except those in `skip`. Keys come in the old object's order, then the
 * new one's additions, so that fields read in the file's order.
 */
export function differingFields(
  before: object,
  after: object,
  skip: ReadonlySet<string> = NO_KEYS,
): FieldDifference[] {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(old), ...Object.keys(now)]);
  const out: FieldDifference[] = [];
  for (const field of keys) {
    if (skip.has(field)) continue;
    const was = Object.hasOwn(old, field) ? old[field] : undefined;
    const is = Object.hasOwn(now, field) ? now[field] : undefined;
    if (!equal(was, is)) out.push({ field, before: was, after: is });
  }
  return out;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** Orders two `order` values without knowing their type (numbers today, text keys tomorrow). */
export function compareOrder<T>(a: T, b: T): number {
  if (a < b) return -1;
  return b < a ? 1 : 0;
}
