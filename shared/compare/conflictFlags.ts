import type { JourneyMap, MergeSide } from '../model';
import type { MarkedKind } from './compareView';

/** A card, stage or lane that holds one side of a merge conflict. */
export interface ConflictFlag {
  kind: MarkedKind;
  id: string;
  conflictId: string;
  /** Whose version this record shows: ours (the branch merged into) or theirs. */
  side: MergeSide;
}

/**
 * Where a map's merge conflicts (`conflicts`, written by the merge driver) are on the
 * canvas: a conflicting card is flagged "ours" and its sibling with their version "theirs";
 * a conflicting stage or lane (ours kept in place, theirs in the conflict) is flagged ours.
 * Conflicts about the map itself, personas, connectors and notes are only listed.
 */
export function conflictFlags(map: JourneyMap): ConflictFlag[] {
  const flags: ConflictFlag[] = [];
  for (const conflict of map.conflicts ?? []) {
    const { subject, recordId, theirsCardId, id: conflictId } = conflict;
    if (subject !== 'card' && subject !== 'stage' && subject !== 'lane') continue;
    if (recordId !== undefined)
      flags.push({ kind: subject, id: recordId, conflictId, side: 'ours' });
    if (theirsCardId !== undefined) {
      flags.push({ kind: 'card', id: theirsCardId, conflictId, side: 'theirs' });
    }
  }
  return flags;
}
