import type { ImportedValue, MetricsImport } from '../import';
import { normaliseStageName } from '../import';
import type { JourneyMap, Measurement, Metric, MetricKind, MetricSource } from '../model';
import { newId, type OperationOf } from '../ops';

/** Scores a customer team names by their acronym: NPS, CSAT, CES (and their spelled-out forms). */
const SCORE_NAME = /\b(nps|csat|ces|net promoter|customer satisfaction|customer effort)\b/i;

export interface MetricsImportPlan {
  /** The one document operation (one undo step) that applies the import. */
  operation: OperationOf<'importMeasurements'>;
  /** Metrics the import defines (not yet on the map). */
  newMetrics: Metric[];
  /** How many values land in a slot that already held one (a re-import of the same date). */
  replaced: number;
  /** The snapshot dates of the import, oldest first. */
  dates: string[];
}

export interface MetricsImportSource {
  /** The file's name (`deals.csv`): the values' `source`, and how a refresh finds the mapping. */
  name: string;
  /** `YYYY-MM-DD`: the date of values the table leaves undated, and of the import itself. */
  today: string;
}

/**
 * Turns what `importMetrics` read from a table into the operation that puts it on the map:
 * each metric name matched to the map's metric of that name (as stage names are compared)
 * or defined anew, with a kind guessed from the values (a percent or an amount of money as
 * written, a count for the records layout and for whole numbers, a score for NPS, CSAT or
 * CES by name); each value dated (its own date, the mapping's, else today); and the source
 * remembered with the mapping, without a fixed date, so a refresh dates its values anew.
 * Shared by the import dialog and `journey-studio import-metrics`.
 */
export function planMetricsImport(
  map: Pick<JourneyMap, 'metrics' | 'measurements' | 'metricSources'>,
  imported: MetricsImport,
  source: MetricsImportSource,
): MetricsImportPlan {
  const taken = new Set([
    ...map.metrics.map((m) => m.id),
    ...map.measurements.map((m) => m.id),
    ...map.metricSources.map((s) => s.id),
  ]);
  const fresh = (prefix: string) => {
    const id = newId(prefix, taken);
    taken.add(id);
    return id;
  };
  const byName = new Map(map.metrics.map((m) => [normaliseStageName(m.name), m.id]));
  const groups = groupByMetric(imported.measurements);
  const newMetrics: Metric[] = [];
  for (const [key, values] of groups) {
    if (byName.has(key)) continue;
    const metric = defineMetric(fresh('metric'), values, imported.mapping.layout);
    newMetrics.push(metric);
    byName.set(key, metric.id);
  }
  const slots = new Set(map.measurements.map((m) => `${m.metricId} ${m.stageId} ${m.date}`));
  let replaced = 0;
  const dates = new Set<string>();
  const measurements = imported.measurements.map((value): Measurement => {
    const metricId = byName.get(normaliseStageName(value.metric)) as string;
    const date = value.date ?? imported.mapping.date ?? source.today;
    dates.add(date);
    if (slots.has(`${metricId} ${value.stageId} ${date}`)) replaced += 1;
    return {
      id: fresh('value'),
      metricId,
      stageId: value.stageId,
      value: value.value,
      date,
      source: source.name,
    };
  });
  const sameName = map.metricSources.find(
    (s) => normaliseStageName(s.name) === normaliseStageName(source.name),
  );
  const { date: _date, ...mapping } = imported.mapping;
  const remembered: MetricSource = {
    id: sameName?.id ?? fresh('source'),
    name: source.name,
    mapping,
    imported: source.today,
  };
  return {
    operation: {
      type: 'importMeasurements',
      metrics: newMetrics,
      measurements,
      source: remembered,
    },
    newMetrics,
    replaced,
    dates: [...dates].sort(),
  };
}

function groupByMetric(values: readonly ImportedValue[]): Map<string, ImportedValue[]> {
  const groups = new Map<string, ImportedValue[]>();
  for (const value of values) {
    const key = normaliseStageName(value.metric);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

function defineMetric(
  id: string,
  values: readonly ImportedValue[],
  layout: MetricsImport['mapping']['layout'],
): Metric {
  const first = values[0] as ImportedValue;
  const currency = values.find((v) => v.currency)?.currency;
  const kind = kindOf(first.metric, values, layout);
  return {
    id,
    name: first.metric.trim(),
    kind,
    ...(kind === 'currency' && currency ? { unit: currency } : {}),
    higherIsBetter: true,
  };
}

function kindOf(
  name: string,
  values: readonly ImportedValue[],
  layout: MetricsImport['mapping']['layout'],
): MetricKind {
  if (layout === 'records') return 'count';
  if (values.some((v) => v.unit === 'percent')) return 'percent';
  if (values.some((v) => v.unit === 'currency')) return 'currency';
  if (SCORE_NAME.test(name)) return 'score';
  return values.every((v) => Number.isInteger(v.value) && v.value >= 0) ? 'count' : 'number';
}
