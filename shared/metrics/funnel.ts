import type { JourneyMap, Metric } from '../model';

/** One stage of a funnel: how many customers reached it and how many went on. */
export interface FunnelStep {
  stageId: string;
  /** The count at this stage on the funnel's date. */
  value: number;
  /** Share of this step's customers who reach the next step with a value (0…1, may exceed 1). */
  conversion?: number;
  /** Customers lost before the next step (`value − next`; negative when the next has more). */
  dropOff?: number;
}

/** A count metric read as a funnel over the stages that have a value on one date. */
export interface Funnel {
  metric: Metric;
  date: string;
  /** In the map's stage order; stages without a value that day are left out. */
  steps: FunnelStep[];
  /** Index in `steps` of the step with the largest share lost ("where customers get lost"). */
  biggestDrop?: number;
}

/** The metrics a funnel can show: counts of customers. */
export function funnelMetrics(map: Pick<JourneyMap, 'metrics'>): Metric[] {
  return map.metrics.filter((metric) => metric.kind === 'count');
}

/**
 * The funnel of `metricId` on `date` (default: its latest snapshot). Conversion and drop-off
 * compare each step with the next step that has a value; the biggest drop is the step losing
 * the largest share of its customers (ties: the earlier step), among steps with customers.
 */
export function funnelOf(
  map: Pick<JourneyMap, 'metrics' | 'measurements' | 'stages'>,
  metricId: string,
  date?: string,
): Funnel | undefined {
  const metric = map.metrics.find((m) => m.id === metricId);
  if (!metric) return undefined;
  const own = map.measurements.filter((m) => m.metricId === metricId);
  const day =
    date ?? own.reduce<string | undefined>((d, m) => (d && d > m.date ? d : m.date), undefined);
  if (day === undefined) return undefined;
  const byStage = new Map(own.filter((m) => m.date === day).map((m) => [m.stageId, m.value]));
  const steps: FunnelStep[] = map.stages.flatMap((stage) => {
    const value = byStage.get(stage.id);
    return value === undefined ? [] : [{ stageId: stage.id, value }];
  });
  let biggestDrop: number | undefined;
  let worstShare = 0;
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (!next) return;
    step.dropOff = step.value - next.value;
    if (step.value > 0) {
      step.conversion = next.value / step.value;
      const lost = 1 - step.conversion;
      if (lost > worstShare) {
        worstShare = lost;
        biggestDrop = index;
      }
    }
  });
  return { metric, date: day, steps, ...(biggestDrop === undefined ? {} : { biggestDrop }) };
}
