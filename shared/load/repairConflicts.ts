import { missingConflictRecord, type JourneyMap } from '../model';
import type { ProblemList } from './problem';

/**
 * Drops merge conflicts that point at records that are gone (deleted by hand, or by an
 * editor that knows nothing of conflicts): there is nothing left to decide. A card conflict
 * whose sibling with their version is gone was decided for ours. Runs after the other
 * reference repairs, so records they dropped count as gone.
 */
export function repairConflicts(map: JourneyMap, warnings: ProblemList): void {
  if (!map.conflicts) return;
  map.conflicts = map.conflicts.filter((conflict, index) => {
    const missing = missingConflictRecord(map, conflict);
    if (missing === undefined) return true;
    warnings.add('conflictRecordMissing', ['conflicts', index], {
      id: conflict.id,
      recordId: missing,
    });
    return false;
  });
  if (map.conflicts.length === 0) delete map.conflicts;
}
