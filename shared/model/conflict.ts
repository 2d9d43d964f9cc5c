import { z } from 'zod';
import type { JourneyMap } from './journeyMap';
import { IdSchema, LIMITS, ShortTextSchema, TextSchema, type Known } from './primitives';

/**
 * The map's lists of records that carry ids, in the order a diff lists their changes (the
 * diff and the merge follow records of these kinds by id).
 */
export const RECORD_KINDS = [
  'persona',
  'stage',
  'lane',
  'card',
  'connector',
  'note',
  'participant',
  'metric',
  'measurement',
  'metricSource',
] as const;

/** What a conflict is about: one of the map's record lists, or the map's own fields. */
export const CONFLICT_SUBJECTS = ['map', 'workshop', ...RECORD_KINDS] as const;
export type ConflictSubject = (typeof CONFLICT_SUBJECTS)[number];

/** Which side of a merge: `ours` is the branch merged into, `theirs` the one merged in. */
export const MERGE_SIDES = ['ours', 'theirs'] as const;
export type MergeSide = (typeof MERGE_SIDES)[number];

/**
 * Something a three-way merge (`shared/merge`) could not decide: both sides changed the same
 * field of the same record differently, or one side deleted a record that the other edited.
 * The map stays valid and shows both versions, so a viewer that knows nothing of conflicts
 * still shows them; the editor lists them with "keep mine / keep theirs / keep both"
 * (`resolveConflict` in `shared/ops`).
 *
 * - A card whose fields conflict keeps **ours** and gets a sibling card in the same cell
 *   holding **theirs** (`theirsCardId`).
 * - Any other record (and the map itself) keeps ours in place; `theirs` holds their values of
 *   the conflicting `fields` as JSON text (an absent field: they removed it).
 * - A record deleted on one side and edited on the other is kept as edited, and `deletedBy`
 *   names the side that deleted it.
 */
export const ConflictSchema = z.looseObject({
  id: IdSchema,
  subject: z.enum(CONFLICT_SUBJECTS),
  /** The record's id (absent for the map and workshop settings). */
  recordId: IdSchema.optional(),
  /** The fields both sides changed differently. */
  fields: z.array(ShortTextSchema).max(100).optional(),
  /** The card that holds their version (card conflicts). */
  theirsCardId: IdSchema.optional(),
  /** Their values of `fields`, as a JSON object's text (conflicts of other records). */
  theirs: TextSchema.optional(),
  /** Delete against edit: the side that deleted the record. */
  deletedBy: z.enum(MERGE_SIDES).optional(),
});

export type Conflict = Known<z.infer<typeof ConflictSchema>>;

/** At most this many conflicts are kept in a map (each one a decision for a person). */
export const MAX_CONFLICTS = LIMITS.cards;

/** The records a conflict about each subject may name (none for the map's own fields). */
const RECORDS: Record<ConflictSubject, ((map: JourneyMap) => readonly { id: string }[]) | null> = {
  map: null,
  workshop: null,
  persona: (map) => map.personas,
  stage: (map) => map.stages,
  lane: (map) => map.lanes,
  card: (map) => map.cards,
  connector: (map) => map.connectors,
  note: (map) => map.notes,
  participant: (map) => map.workshop?.participants ?? [],
  metric: (map) => map.metrics,
  measurement: (map) => map.measurements,
  metricSource: (map) => map.metricSources,
};

/**
 * The first id a conflict names that the map lacks (its record, or the card with their
 * version), or undefined when all are there. Such a conflict has nothing left to decide:
 * the loader and the operations drop it.
 */
export function missingConflictRecord(map: JourneyMap, conflict: Conflict): string | undefined {
  const list = RECORDS[conflict.subject];
  const { recordId, theirsCardId } = conflict;
  if (list && recordId !== undefined && !list(map).some((r) => r.id === recordId)) return recordId;
  if (theirsCardId !== undefined && !map.cards.some((c) => c.id === theirsCardId)) {
    return theirsCardId;
  }
  return undefined;
}
