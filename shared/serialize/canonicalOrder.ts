import { compareOrderKeys, type Card, type JourneyMap, type Measurement } from '../model';

/**
 * The order in which the file lists records whose order in memory means nothing, chosen so
 * that independent edits touch different lines and merge with plain `git merge`:
 *
 * - `cards` by cell: lane by lane in the map's lane order, within a lane stage by stage,
 *   then by order key, then by id. Two cards added to different cells land in different
 *   places of the file, not both at the end. (Lane-major won over stage-major in the git
 *   merge tests: see the README's "Merging maps in git".) Cards whose lane or stage does not
 *   exist (only a map that skipped the loader has them) come last, by ids.
 * - `connectors`, `notes` and `metricSources` by id. New ids are random, so additions scatter.
 * - `measurements` by date, then metric id, stage id and id: one import's snapshot is one
 *   block of lines, and a later snapshot comes after it.
 *
 * Stages, lanes, personas, metrics and workshop participants keep their order: it means
 * something.
 */
export function canonicalLists(
  map: JourneyMap,
): Pick<JourneyMap, 'cards' | 'connectors' | 'notes' | 'measurements' | 'metricSources'> {
  return {
    cards: canonicalCards(map),
    connectors: sortedById(map.connectors),
    notes: sortedById(map.notes),
    measurements: canonicalMeasurements(map.measurements),
    metricSources: sortedById(map.metricSources),
  };
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function sortedById<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort(byId);
}

function canonicalCards(map: JourneyMap): Card[] {
  const lane = new Map(map.lanes.map((l, i) => [l.id, i]));
  const stage = new Map(map.stages.map((s, i) => [s.id, i]));
  const missing = Number.MAX_SAFE_INTEGER;
  const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...map.cards].sort(
    (a, b) =>
      (lane.get(a.laneId) ?? missing) - (lane.get(b.laneId) ?? missing) ||
      text(a.laneId, b.laneId) ||
      (stage.get(a.stageId) ?? missing) - (stage.get(b.stageId) ?? missing) ||
      text(a.stageId, b.stageId) ||
      compareOrderKeys(a.order, b.order) ||
      byId(a, b),
  );
}

function canonicalMeasurements(list: readonly Measurement[]): Measurement[] {
  const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...list].sort(
    (a, b) =>
      text(a.date, b.date) ||
      text(a.metricId, b.metricId) ||
      text(a.stageId, b.stageId) ||
      byId(a, b),
  );
}
