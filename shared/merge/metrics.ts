import { normaliseStageName } from '../import/stageMatch';
import { measurementSlot, type JourneyMap, type Measurement, type MetricSource } from '../model';

type MetricLists = Pick<JourneyMap, 'metrics' | 'measurements' | 'metricSources'>;

/**
 * Their metric records re-keyed to ours where both branches added the same thing under
 * different ids, so that the merge by id sees one record: a metric or a remembered source
 * both added by the same name (both imported the same export for the first time), and a
 * value both put in the same slot (metric, stage, date). Ids come at random, so without this
 * two refreshes of the same date would keep two values in one slot, and the merge would
 * not see that they disagree; with it, equal values merge and different ones conflict.
 * Only records new on both sides are re-keyed: a record from `base` keeps its id.
 */
export function alignMetricIds(base: MetricLists, ours: MetricLists, theirs: MetricLists) {
  const metricIds = renames(base.metrics, ours.metrics, theirs.metrics, (m) =>
    normaliseStageName(m.name),
  );
  const sourceIds = renames(base.metricSources, ours.metricSources, theirs.metricSources, (s) =>
    normaliseStageName(s.name),
  );
  const measurements = theirs.measurements.map((m): Measurement => ({
    ...m,
    metricId: metricIds.get(m.metricId) ?? m.metricId,
  }));
  const valueIds = renames(base.measurements, ours.measurements, measurements, measurementSlot);
  return {
    metrics: theirs.metrics.map((m) => ({ ...m, id: metricIds.get(m.id) ?? m.id })),
    measurements: measurements.map((m) => ({ ...m, id: valueIds.get(m.id) ?? m.id })),
    metricSources: theirs.metricSources.map((s) => ({ ...s, id: sourceIds.get(s.id) ?? s.id })),
  };
}

/** Their ids → ours, for records both added (in neither `base` nor the other side) with one key. */
function renames<T extends { id: string }>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  keyOf: (record: T) => string,
): Map<string, string> {
  const inBase = new Set(base.map((r) => r.id));
  const ourIds = new Set(ours.map((r) => r.id));
  const theirIds = new Set(theirs.map((r) => r.id));
  const oursByKey = new Map<string, string>();
  for (const record of ours) {
    if (!inBase.has(record.id) && !theirIds.has(record.id)) {
      oursByKey.set(keyOf(record), record.id);
    }
  }
  const out = new Map<string, string>();
  for (const record of theirs) {
    if (inBase.has(record.id) || ourIds.has(record.id)) continue;
    const mine = oursByKey.get(keyOf(record));
    if (mine !== undefined) {
      out.set(record.id, mine);
      oursByKey.delete(keyOf(record));
    }
  }
  return out;
}

/** A source's last import date is not merged as a field (see `latestImports`). */
export const IMPORTED: ReadonlySet<string> = new Set(['imported']);

/**
 * Merged sources with the later of both sides' import dates: two branches that refreshed
 * from the same export on different days both did import, and neither date is wrong.
 */
export function latestImports(
  merged: readonly MetricSource[],
  theirs: readonly MetricSource[],
): MetricSource[] {
  const theirDates = new Map(theirs.map((s) => [s.id, s.imported]));
  return merged.map((source) => {
    const their = theirDates.get(source.id);
    return their !== undefined && (source.imported === undefined || their > source.imported)
      ? { ...source, imported: their }
      : source;
  });
}
