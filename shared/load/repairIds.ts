import { LIMITS, type JourneyMap } from '../model';
import type { ProblemList } from './problem';

/** The collections whose records carry an id that must be unique within the collection. */
const COLLECTIONS = ['personas', 'stages', 'lanes', 'cards', 'connectors', 'notes'] as const;

/**
 * Gives every record whose id repeats an earlier one in its collection a fresh id (`id-2`,
 * `id-3` …), so that edits, links and selection address one thing. References keep pointing
 * at the first holder of the id, the one a reader of the file would take them to mean.
 */
export function repairDuplicateIds(map: JourneyMap, warnings: ProblemList): void {
  for (const name of COLLECTIONS) {
    const records: { id: string }[] = map[name];
    const taken = new Set(records.map((record) => record.id));
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (!seen.has(record.id)) {
        seen.add(record.id);
        return;
      }
      const newId = freshId(record.id, taken);
      taken.add(newId);
      seen.add(newId);
      warnings.add('duplicateId', [name, index, 'id'], { id: record.id, newId });
      record.id = newId;
    });
  }
}

function freshId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = id.slice(0, LIMITS.ids - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
