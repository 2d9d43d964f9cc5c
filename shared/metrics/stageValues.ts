import type { JourneyMap, Measurement, Metric } from '../model';

/** Which way a value went since the snapshot before it. */
export type Trend = 'up' | 'down' | 'same';

/** What the metrics lane shows for one metric at one stage. */
export interface StageValue {
  stageId: string;
  /** The value of the latest snapshot that has one for this stage. */
  latest: Measurement;
  /** The value of the snapshot before it, if any. */
  previous?: Measurement;
  /** `latest − previous`. */
  change?: number;
  trend?: Trend;
  /** Whether the change is good news (a rise of a higher-is-better metric); absent when same or unknown. */
  improved?: boolean;
  /** Whether the latest value meets the target; absent when the metric has no target. */
  targetMet?: boolean;
}

/** One metric with its values per stage and the dates of its snapshots. */
export interface MetricRow {
  metric: Metric;
  /** By stage id; stages without a value are absent. */
  values: ReadonlyMap<string, StageValue>;
  /** Every date the metric has a value on, oldest first. */
  dates: string[];
}

/** Whether `value` meets the metric's target (true when at or beyond it in the good direction). */
export function meetsTarget(metric: Metric, value: number): boolean | undefined {
  if (metric.target === undefined) return undefined;
  return metric.higherIsBetter ? value >= metric.target : value <= metric.target;
}

/**
 * The map's metrics in their order, each with the latest value per stage, the change since
 * the previous snapshot and whether the target is met: the one reading of the measurements
 * that the canvas lane, the exports and the CLI share.
 */
export function metricRows(map: Pick<JourneyMap, 'metrics' | 'measurements'>): MetricRow[] {
  const byMetric = new Map<string, Measurement[]>();
  for (const m of map.measurements) {
    const list = byMetric.get(m.metricId);
    if (list) list.push(m);
    else byMetric.set(m.metricId, [m]);
  }
  return map.metrics.map((metric) => {
    const list = [...(byMetric.get(metric.id) ?? [])].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
    const byStage = new Map<string, Measurement[]>();
    for (const m of list) {
      const stage = byStage.get(m.stageId);
      if (stage) stage.push(m);
      else byStage.set(m.stageId, [m]);
    }
    const values = new Map<string, StageValue>();
    for (const [stageId, history] of byStage) {
      values.set(stageId, stageValue(metric, history));
    }
    return { metric, values, dates: [...new Set(list.map((m) => m.date))] };
  });
}

/** `history` holds one stage's values of `metric`, oldest first (at least one). */
function stageValue(metric: Metric, history: readonly Measurement[]): StageValue {
  const latest = history[history.length - 1] as Measurement;
  const previous = history.length > 1 ? history[history.length - 2] : undefined;
  const value: StageValue = { stageId: latest.stageId, latest };
  const met = meetsTarget(metric, latest.value);
  if (met !== undefined) value.targetMet = met;
  if (!previous) return value;
  const change = latest.value - previous.value;
  const trend: Trend = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  return {
    ...value,
    previous,
    change,
    trend,
    ...(trend === 'same' ? {} : { improved: (trend === 'up') === metric.higherIsBetter }),
  };
}
