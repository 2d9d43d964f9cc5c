import equal from 'fast-deep-equal';

/** A record's fields after a three-way merge, and the ones both sides changed differently. */
export interface FieldMerge {
  merged: Record<string, unknown>;
  /** Fields both sides changed, to different values: `merged` holds ours. */
  conflicts: string[];
  /** Their values of the conflicting fields (absent: they removed the field). */
  theirs: Record<string, unknown>;
}

/**
 * Merges one record field by field, over every own key of any side (the app's fields and
 * other tools' alike): a field one side changed takes that side's value, one both changed
 * alike takes it, one both changed differently keeps ours and is reported. A field removed
 * on the side that changed it is removed. `base` is absent for a record both sides added.
 * Keys keep ours' order, then theirs' additions.
 */
export function mergeFields(
  base: object | undefined,
  ours: object,
  theirs: object,
  skip: ReadonlySet<string> = NONE,
): FieldMerge {
  const b = (base ?? {}) as Record<string, unknown>;
  const o = ours as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const merged: Record<string, unknown> = {};
  const conflicts: string[] = [];
  const theirValues: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(b)])) {
    const was = own(b, key);
    const mine = own(o, key);
    const their = own(t, key);
    let value = mine;
    if (skip.has(key) || equal(mine, their) || equal(their, was)) value = mine;
    else if (equal(mine, was)) value = their;
    else {
      conflicts.push(key);
      theirValues[key] = their;
    }
    if (value !== undefined) merged[key] = value;
  }
  return { merged, conflicts, theirs: theirValues };
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const NONE: ReadonlySet<string> = new Set();
