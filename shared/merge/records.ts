import equal from 'fast-deep-equal';
import type { Conflict, ConflictSubject, MergeSide } from '../model';
import { mergeFields } from './fields';

type Identified = { id: string };

/** A conflict before it gets its id (ids are given once all are known). */
export type PendingConflict = Omit<Conflict, 'id'>;

/** The merged records of one list, before they are put in order. */
export interface ListMerge<T> {
  /** Merged records by id. */
  records: Map<string, T>;
  conflicts: PendingConflict[];
  /** Records kept with conflicting fields: their values (cards make a sibling of them). */
  theirs: Map<string, { fields: string[]; record: T }>;
}

/**
 * Three-way merge of one list of records by id: added on either side lands; deleted on one
 * side and untouched on the other is deleted; deleted on one side and edited on the other is
 * kept as edited and flagged (`deletedBy`); in both, the fields merge one by one (see
 * `mergeFields`), fields changed differently on both sides keep ours and are flagged.
 */
export function mergeList<T extends Identified>(
  subject: ConflictSubject,
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  skip?: ReadonlySet<string>,
): ListMerge<T> {
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const records = new Map<string, T>();
  const conflicts: PendingConflict[] = [];
  const theirVersions = new Map<string, { fields: string[]; record: T }>();
  const deleted = (by: MergeSide, kept: T, was: T): void => {
    // Deleted on one side, untouched on the other (a card renumbered by others' moves counts
    // as untouched: `skip` holds such position fields).
    if (sameExcept(kept, was, skip)) return;
    records.set(kept.id, kept);
    conflicts.push({ subject, recordId: kept.id, deletedBy: by });
  };
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const [was, mine, their] = [b.get(id), o.get(id), t.get(id)];
    if (mine && their) {
      const fields = mergeFields(was, mine, their, skip);
      // `as T`: every key of the merged object comes from one of the three versions of T.
      records.set(id, fields.merged as T);
      if (fields.conflicts.length > 0) {
        theirVersions.set(id, { fields: fields.conflicts, record: their });
        conflicts.push({
          subject,
          recordId: id,
          fields: fields.conflicts,
          theirs: JSON.stringify(fields.theirs),
        });
      }
    } else if (mine) {
      if (was) deleted('theirs', mine, was);
      else records.set(id, mine);
    } else if (their) {
      if (was) deleted('ours', their, was);
      else records.set(id, their);
    }
  }
  return { records, conflicts, theirs: theirVersions };
}

/** Whether two versions of a record agree on every field but those in `skip`. */
function sameExcept(a: object, b: object, skip: ReadonlySet<string> | undefined): boolean {
  if (!skip) return equal(a, b);
  const strip = (record: object) =>
    Object.fromEntries(Object.entries(record).filter(([key]) => !skip.has(key)));
  return equal(strip(a), strip(b));
}

export function byId<T extends Identified>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

export function idsOf(records: readonly Identified[]): string[] {
  return records.map((record) => record.id);
}
