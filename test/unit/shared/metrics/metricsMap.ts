import type { JourneyMap, Measurement } from '../../../../shared/model';
import { sampleMap } from '../ops/sampleMap';

/** A value of `metricId` at `stageId` on `date`, with a readable id. */
export function value(metricId: string, stageId: string, date: string, v: number): Measurement {
  return { id: `${metricId}-${stageId}-${date}`, metricId, stageId, date, value: v };
}

/**
 * The sample map (stages s1 One, s2 Two, s3 Three) with three metrics over two quarters:
 * `visitors` (a count: the funnel), `conversion` (a percent with a target of 10) and `ttr`
 * (time to resolve in days, lower is better, target 2); and the export they came from.
 */
export function metricsMap(): JourneyMap {
  return {
    ...sampleMap(),
    metrics: [
      { id: 'visitors', name: 'Visitors', kind: 'count', higherIsBetter: true },
      { id: 'conversion', name: 'Conversion', kind: 'percent', target: 10, higherIsBetter: true },
      {
        id: 'ttr',
        name: 'Time to resolve',
        kind: 'duration',
        unit: 'days',
        target: 2,
        higherIsBetter: false,
      },
    ],
    measurements: [
      value('visitors', 's1', '2026-03-31', 1000),
      value('visitors', 's2', '2026-03-31', 400),
      value('visitors', 's3', '2026-03-31', 100),
      value('conversion', 's1', '2026-03-31', 12.5),
      value('ttr', 's1', '2026-03-31', 3),
      value('visitors', 's1', '2026-06-30', 1200),
      value('visitors', 's2', '2026-06-30', 300),
      value('visitors', 's3', '2026-06-30', 150),
      value('conversion', 's1', '2026-06-30', 9.5),
      value('ttr', 's1', '2026-06-30', 2),
    ],
    metricSources: [
      {
        id: 'src',
        name: 'crm.csv',
        mapping: { layout: 'wide', stageColumn: 'Stage', metricColumns: ['Visitors'] },
        imported: '2026-06-30',
      },
    ],
  };
}
