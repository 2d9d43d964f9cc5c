import { LIMITS, RECORD_LISTS, type JourneyMap } from '../model';
import type { ProblemList } from './problem';

/**
 * Gives every record whose id repeats an earlier one in its collection a fresh id (`id-2`,
 * `id-3` …), so that edits, links and selection address one thing. References keep pointing
 * at the first holder of the id, the one a reader of the file would take them to mean.
 */
export function repairDuplicateIds(map: JourneyMap, warnings: ProblemList): void {
  for (const name of RECORD_LISTS) {
    const records: { id: string }[] = map[name];
    const seen = new Set<string>();
    const repeats: number[] = [];
    records.forEach((record, index) => {
      if (seen.has(record.id)) repeats.push(index);
      else seen.add(record.id);
    });
    // `seen` now holds every id in use, so fresh ids never collide with a later record.
    for (const index of repeats) {
      const record = records[index] as { id: string };
      const newId = freshId(record.id, seen);
      seen.add(newId);
      warnings.add('duplicateId', [name, index, 'id'], { id: record.id, newId });
      record.id = newId;
    }
  }
}

/** `id-2`, `id-3` … the first that is not taken. */
export function freshId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = id.slice(0, LIMITS.ids - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
