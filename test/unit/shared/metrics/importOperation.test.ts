import { describe, expect, test } from 'vitest';
import type { ImportedValue, MetricsImport } from '../../../../shared/import';
import { planMetricsImport } from '../../../../shared/metrics';
import type { ImportMapping } from '../../../../shared/model';
import { applyOperations } from '../../../../shared/ops';
import { metricsMap } from './metricsMap';

const WIDE: ImportMapping = { layout: 'wide', stageColumn: 'Stage', metricColumns: ['X'] };

function imported(measurements: ImportedValue[], mapping: ImportMapping = WIDE): MetricsImport {
  return {
    mapping,
    measurements,
    stages: { matched: [], unmatched: [], withoutData: [] },
    warnings: [],
  };
}

const at = (metric: string, stageId: string, v: number, extra: Partial<ImportedValue> = {}) => ({
  metric,
  stageId,
  value: v,
  ...extra,
});

const SOURCE = { name: 'q3.csv', today: '2026-09-30' };

describe('planMetricsImport', () => {
  test('guesses the kind of a new metric from its values and name', () => {
    const plan = planMetricsImport(
      metricsMap(),
      imported([
        at('Leads', 's1', 120),
        at('Rate', 's1', 12.5, { unit: 'percent' }),
        at('Average bill', 's1', 4250.5, { unit: 'currency', currency: '₽' }),
        at('NPS', 's1', 41),
        at('Customer effort score', 's1', 3),
        at('Time on page', 's1', 2.5),
        at('Balance', 's1', -3),
      ]),
      SOURCE,
    );
    expect(plan.newMetrics.map((m) => [m.name, m.kind, m.unit])).toEqual([
      ['Leads', 'count', undefined],
      ['Rate', 'percent', undefined],
      ['Average bill', 'currency', '₽'],
      ['NPS', 'score', undefined],
      ['Customer effort score', 'score', undefined],
      ['Time on page', 'number', undefined],
      ['Balance', 'number', undefined],
    ]);
    expect(plan.newMetrics.every((m) => m.higherIsBetter)).toBe(true);
  });

  test('a records import is a count, whatever its values', () => {
    const plan = planMetricsImport(
      metricsMap(),
      imported([at('Deals', 's1', 9)], {
        layout: 'records',
        stageColumn: 'Deal Stage',
        metric: 'Deals',
        cumulative: false,
      }),
      SOURCE,
    );
    expect(plan.newMetrics.map((m) => m.kind)).toEqual(['count']);
  });

  test('metrics the map has are matched by name as stage names are (case, spaces, ё)', () => {
    const map = metricsMap();
    map.metrics.push({ id: 'rus', name: 'Осведомлённость', kind: 'count', higherIsBetter: true });
    const plan = planMetricsImport(
      map,
      imported([at('  visitors ', 's1', 1300), at('ОСВЕДОМЛЕННОСТЬ', 's2', 7)]),
      SOURCE,
    );
    expect(plan.newMetrics).toEqual([]);
    expect(plan.operation.measurements.map((m) => m.metricId)).toEqual(['visitors', 'rus']);
  });

  test('values are dated by their own date, the mapping’s, else today; replaced slots are counted', () => {
    const plan = planMetricsImport(
      metricsMap(),
      imported(
        [
          at('Visitors', 's1', 1250, { date: '2026-06-30' }),
          at('Visitors', 's2', 310, { date: '2026-06-30' }),
          at('Visitors', 's3', 170),
        ],
        { ...WIDE, date: '2026-07-01' },
      ),
      SOURCE,
    );
    expect(plan.operation.measurements.map((m) => [m.stageId, m.date, m.source])).toEqual([
      ['s1', '2026-06-30', 'q3.csv'],
      ['s2', '2026-06-30', 'q3.csv'],
      ['s3', '2026-07-01', 'q3.csv'],
    ]);
    expect(plan.replaced).toBe(2);
    expect(plan.dates).toEqual(['2026-06-30', '2026-07-01']);
    const undated = planMetricsImport(metricsMap(), imported([at('Visitors', 's1', 1)]), SOURCE);
    expect(undated.operation.measurements[0]?.date).toBe('2026-09-30');
    expect(undated.replaced).toBe(0);
  });

  test('the source is remembered by file name, without a fixed date; a refresh of that file reuses its record', () => {
    const first = planMetricsImport(
      metricsMap(),
      imported([at('Visitors', 's1', 1)], { ...WIDE, date: '2026-09-30', decimalMark: ',' }),
      SOURCE,
    );
    expect(first.operation.source).toEqual({
      id: expect.stringMatching(/^source-/),
      name: 'q3.csv',
      mapping: { layout: 'wide', stageColumn: 'Stage', metricColumns: ['X'], decimalMark: ',' },
      imported: '2026-09-30',
    });
    const refresh = planMetricsImport(metricsMap(), imported([at('Visitors', 's1', 2)]), {
      name: 'CRM.csv',
      today: '2026-12-31',
    });
    expect(refresh.operation.source).toMatchObject({
      id: 'src',
      name: 'CRM.csv',
      imported: '2026-12-31',
    });
  });

  test('fresh ids never clash with the map’s, and applying the plan gives what it says', () => {
    const map = metricsMap();
    const plan = planMetricsImport(
      map,
      imported([at('NPS', 's1', 40), at('NPS', 's2', 44), at('Visitors', 's1', 1300)]),
      SOURCE,
    );
    const ids = [
      ...plan.newMetrics.map((m) => m.id),
      ...plan.operation.measurements.map((m) => m.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const taken = new Set(
      [...map.metrics, ...map.measurements, ...map.metricSources].map((r) => r.id),
    );
    expect(ids.filter((id) => taken.has(id))).toEqual([]);
    const next = applyOperations(map, [plan.operation]);
    expect(next.metrics.map((m) => m.name)).toEqual([
      'Visitors',
      'Conversion',
      'Time to resolve',
      'NPS',
    ]);
    expect(next.measurements).toHaveLength(13);
    expect(next.metricSources.map((s) => s.name)).toEqual(['crm.csv', 'q3.csv']);
  });
});
