import type { JourneyMap } from '../../../shared/model';
import type { MetricsImportPlan } from '../../../shared/metrics';
import { formatMetricValue } from '../../../shared/metrics';

/** One snapshot of the preview: a row per stage (map order), a cell per metric. */
export interface PreviewSnapshot {
  readonly date: string;
  readonly rows: readonly { readonly stageId: string; readonly cells: readonly string[] }[];
}

export interface ImportPreview {
  /** The metrics' names, in the order the values name them; `isNew` when the import defines it. */
  readonly metrics: readonly {
    readonly id: string;
    readonly name: string;
    readonly isNew: boolean;
  }[];
  /** Newest first: the snapshot people check is the one they just exported. */
  readonly snapshots: readonly PreviewSnapshot[];
  readonly valueCount: number;
}

/**
 * The values per stage as the import will put them on the map, formatted as the map shows
 * them (the map's language, the metric's kind): what the user checks before pressing Import.
 */
export function importPreview(
  map: Pick<JourneyMap, 'stages' | 'metrics' | 'language'>,
  plan: MetricsImportPlan,
): ImportPreview {
  const { measurements } = plan.operation;
  const known = new Map([...map.metrics, ...plan.newMetrics].map((m) => [m.id, m]));
  const fresh = new Set(plan.newMetrics.map((m) => m.id));
  const metricIds = [...new Set(measurements.map((m) => m.metricId))];
  const { language } = map;
  const snapshots = [...plan.dates].reverse().map((date): PreviewSnapshot => {
    const cells = new Map<string, string>();
    for (const m of measurements) {
      const metric = known.get(m.metricId);
      if (m.date === date && metric) {
        cells.set(`${m.stageId} ${m.metricId}`, formatMetricValue(m.value, metric, language));
      }
    }
    const rows = map.stages
      .map((stage) => ({
        stageId: stage.id,
        cells: metricIds.map((id) => cells.get(`${stage.id} ${id}`) ?? ''),
      }))
      .filter((row) => row.cells.some((cell) => cell !== ''));
    return { date, rows };
  });
  return {
    metrics: metricIds.map((id) => ({
      id,
      name: known.get(id)?.name ?? id,
      isNew: fresh.has(id),
    })),
    snapshots,
    valueCount: measurements.length,
  };
}
