import { NOT_MAP_INFO } from '../diff/diffMaps';
import { loadMapValue, type Problem } from '../load';
import type { Conflict, ConflictSubject, JourneyMap, Workshop } from '../model';
import { uniqueId } from '../ops/ids';
import { mergeCards } from './cards';
import { mergeFields } from './fields';
import { alignMetricIds, IMPORTED, latestImports } from './metrics';
import { idsOf, mergeList, type PendingConflict } from './records';
import { mergeSequence } from './sequence';

export type MergeResult =
  | {
      ok: true;
      map: JourneyMap;
      /** The conflicts this merge found (also in `map.conflicts`, beside older ones). */
      conflicts: Conflict[];
      /** What the loader gate repaired in the merged map (a card whose stage was deleted …). */
      warnings: Problem[];
    }
  | { ok: false; errors: Problem[] };

const PARTICIPANTS: ReadonlySet<string> = new Set(['participants']);

/**
 * Three-way merge of journey maps by record id (git's merge driver): what each side changed
 * since `base` lands when the other side left it alone — records added, deleted, moved, and
 * fields edited, including fields the app does not know. What both changed differently keeps
 * ours, shows theirs beside it and is recorded in `conflicts` (see `shared/model/conflict.ts`),
 * so the result is always a valid map. The maps must come from the loader gate; the result
 * goes through it again, which repairs what the combination broke (a card added on one side
 * to a stage deleted on the other is dropped, with a warning).
 */
export function mergeMaps(base: JourneyMap, ours: JourneyMap, original: JourneyMap): MergeResult {
  // Metrics both sides added alike (the same first import) are one record, not two.
  const theirs: JourneyMap = { ...original, ...alignMetricIds(base, ours, original) };
  const pending: PendingConflict[] = [];
  const info = mergeFields(base, ours, theirs, NOT_MAP_INFO);
  if (info.conflicts.length > 0) pending.push(fieldConflict('map', info));

  const list = <T extends { id: string }>(
    subject: ConflictSubject,
    pick: (map: JourneyMap) => readonly T[],
    skip?: ReadonlySet<string>,
  ): T[] => {
    const merged = mergeList(subject, pick(base), pick(ours), pick(theirs), skip);
    pending.push(...merged.conflicts);
    return ordered(merged.records, pick(base), pick(ours), pick(theirs));
  };
  const cards = mergeCards(base, ours, theirs);
  pending.push(...cards.conflicts);
  // The lists of `info.merged` are ours (skipped fields keep ours): replaced here.
  const { workshop: _workshop, conflicts: _conflicts, ...mapFields } = info.merged;
  const doc: Record<string, unknown> = {
    ...mapFields,
    personas: list('persona', (map) => map.personas),
    stages: list('stage', (map) => map.stages),
    lanes: list('lane', (map) => map.lanes),
    cards: cards.cards,
    connectors: list('connector', (map) => map.connectors),
    notes: list('note', (map) => map.notes),
    // Two branches importing different dates add different values: both land. The same
    // value changed differently on both sides is a conflict (ours kept, theirs recorded).
    metrics: list('metric', (map) => map.metrics),
    measurements: list('measurement', (map) => map.measurements),
    metricSources: latestImports(
      list('metricSource', (map) => map.metricSources, IMPORTED),
      theirs.metricSources,
    ),
  };
  const workshop = mergeWorkshop(base.workshop, ours.workshop, theirs.workshop, pending);
  if (workshop) doc.workshop = workshop;

  const older = mergeList(
    'map',
    base.conflicts ?? [],
    ours.conflicts ?? [],
    theirs.conflicts ?? [],
  );
  const kept = ordered(
    older.records,
    base.conflicts ?? [],
    ours.conflicts ?? [],
    theirs.conflicts ?? [],
  );
  const taken = new Set(kept.map((conflict) => conflict.id));
  const conflicts = pending.map((conflict): Conflict => {
    const id = uniqueId(`conflict-${conflict.recordId ?? conflict.subject}`, taken);
    taken.add(id);
    return { id, ...conflict };
  });
  if (kept.length + conflicts.length > 0) doc.conflicts = [...kept, ...conflicts];

  const loaded = loadMapValue(doc);
  if (!loaded.ok) return loaded;
  const present = new Set((loaded.map.conflicts ?? []).map((conflict) => conflict.id));
  return {
    ok: true,
    map: loaded.map,
    conflicts: conflicts.filter((conflict) => present.has(conflict.id)),
    warnings: loaded.warnings,
  };
}

/** The merged records of a list in merged order (see `mergeSequence`). */
function ordered<T extends { id: string }>(
  records: ReadonlyMap<string, T>,
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
): T[] {
  const at = (list: readonly T[]) => {
    const index = new Map(idsOf(list).map((id, i) => [id, i]));
    return { ids: idsOf(list), key: (id: string) => index.get(id) };
  };
  const sequence = mergeSequence(idsOf(base), at(ours), at(theirs), new Set(records.keys()));
  return sequence.flatMap((id) => {
    const record = records.get(id);
    return record ? [record] : [];
  });
}

/** The workshop settings and participants; absent when neither side has a workshop. */
function mergeWorkshop(
  base: Workshop | undefined,
  ours: Workshop | undefined,
  theirs: Workshop | undefined,
  pending: PendingConflict[],
): Workshop | undefined {
  if (!ours && !theirs) return undefined;
  const settings = mergeFields(base ?? {}, ours ?? {}, theirs ?? {}, PARTICIPANTS);
  if (settings.conflicts.length > 0) pending.push(fieldConflict('workshop', settings));
  const [b, o, t] = [base, ours, theirs].map((w) => w?.participants ?? []);
  const participants = mergeList('participant', b ?? [], o ?? [], t ?? []);
  pending.push(...participants.conflicts);
  return {
    ...(settings.merged as Partial<Workshop>),
    votesPerParticipant: (settings.merged.votesPerParticipant ??
      ours?.votesPerParticipant ??
      theirs?.votesPerParticipant) as number,
    participants: ordered(participants.records, b ?? [], o ?? [], t ?? []),
  };
}

function fieldConflict(
  subject: 'map' | 'workshop',
  merge: { conflicts: string[]; theirs: Record<string, unknown> },
): PendingConflict {
  return { subject, fields: merge.conflicts, theirs: JSON.stringify(merge.theirs) };
}
