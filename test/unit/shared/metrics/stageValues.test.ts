import { describe, expect, test } from 'vitest';
import { funnelMetrics, funnelOf, meetsTarget, metricRows } from '../../../../shared/metrics';
import type { JourneyMap } from '../../../../shared/model';
import { metricsMap, value } from './metricsMap';

function rowOf(map: JourneyMap, metricId: string) {
  const row = metricRows(map).find((r) => r.metric.id === metricId);
  if (!row) throw new Error(`no row ${metricId}`);
  return row;
}

describe('metricRows', () => {
  test('each metric in map order with its snapshot dates, oldest first', () => {
    const rows = metricRows(metricsMap());
    expect(rows.map((r) => r.metric.id)).toEqual(['visitors', 'conversion', 'ttr']);
    expect(rows[0]?.dates).toEqual(['2026-03-31', '2026-06-30']);
  });

  test('latest and previous value, the change and its trend; a rise of a higher-is-better metric is good news', () => {
    const visitors = rowOf(metricsMap(), 'visitors');
    expect(visitors.values.get('s1')).toMatchObject({
      latest: { value: 1200, date: '2026-06-30' },
      previous: { value: 1000, date: '2026-03-31' },
      change: 200,
      trend: 'up',
      improved: true,
    });
    expect(visitors.values.get('s2')).toMatchObject({
      change: -100,
      trend: 'down',
      improved: false,
    });
    // No target: nothing said about it.
    expect(visitors.values.get('s1')).not.toHaveProperty('targetMet');
  });

  test('higherIsBetter false: a fall is good news, and the target is met at or below it', () => {
    const ttr = rowOf(metricsMap(), 'ttr').values.get('s1');
    expect(ttr).toMatchObject({ change: -1, trend: 'down', improved: true, targetMet: true });
    const worse = rowOf(
      {
        ...metricsMap(),
        measurements: [value('ttr', 's1', '2026-03-31', 2), value('ttr', 's1', '2026-06-30', 2.5)],
      },
      'ttr',
    ).values.get('s1');
    expect(worse).toMatchObject({ trend: 'up', improved: false, targetMet: false });
  });

  test('a target missed by a higher-is-better metric; an unchanged value has no verdict', () => {
    const conversion = rowOf(metricsMap(), 'conversion').values.get('s1');
    expect(conversion).toMatchObject({
      change: -3,
      trend: 'down',
      improved: false,
      targetMet: false,
    });
    const same = rowOf(
      {
        ...metricsMap(),
        measurements: [
          value('conversion', 's1', '2026-03-31', 10),
          value('conversion', 's1', '2026-06-30', 10),
        ],
      },
      'conversion',
    ).values.get('s1');
    expect(same).toMatchObject({ change: 0, trend: 'same', targetMet: true });
    expect(same).not.toHaveProperty('improved');
  });

  test('a single snapshot has a latest value only; a stage without values is absent', () => {
    const map = { ...metricsMap(), measurements: [value('visitors', 's2', '2026-06-30', 5)] };
    const visitors = rowOf(map, 'visitors');
    expect(visitors.values.get('s2')).toEqual({ stageId: 's2', latest: map.measurements[0] });
    expect(visitors.values.has('s1')).toBe(false);
    expect(rowOf(map, 'conversion').values.size).toBe(0);
    expect(rowOf(map, 'conversion').dates).toEqual([]);
  });

  test('a stage’s latest value is the latest it has, even if other stages have a later snapshot', () => {
    const map = {
      ...metricsMap(),
      measurements: [
        value('visitors', 's1', '2026-03-31', 10),
        value('visitors', 's2', '2026-06-30', 20),
        value('visitors', 's1', '2025-12-31', 8),
      ],
    };
    expect(rowOf(map, 'visitors').values.get('s1')).toMatchObject({
      latest: { value: 10 },
      previous: { value: 8 },
    });
  });

  test('meetsTarget', () => {
    const [visitors, conversion, ttr] = metricsMap().metrics;
    if (!visitors || !conversion || !ttr) return;
    expect(meetsTarget(visitors, 5)).toBeUndefined();
    expect([meetsTarget(conversion, 10), meetsTarget(conversion, 9.99)]).toEqual([true, false]);
    expect([meetsTarget(ttr, 2), meetsTarget(ttr, 2.01)]).toEqual([true, false]);
  });
});

describe('funnelOf', () => {
  test('the count metrics are the funnels', () => {
    expect(funnelMetrics(metricsMap()).map((m) => m.id)).toEqual(['visitors']);
  });

  test('steps in stage order on the latest date, conversion and drop-off to the next, the biggest drop', () => {
    const funnel = funnelOf(metricsMap(), 'visitors');
    expect(funnel).toMatchObject({ date: '2026-06-30', biggestDrop: 0 });
    expect(funnel?.steps).toEqual([
      { stageId: 's1', value: 1200, conversion: 0.25, dropOff: 900 },
      { stageId: 's2', value: 300, conversion: 0.5, dropOff: 150 },
      { stageId: 's3', value: 150 },
    ]);
  });

  test('an earlier date; stages without a value that day are left out', () => {
    const map = {
      ...metricsMap(),
      measurements: [
        value('visitors', 's1', '2026-03-31', 1000),
        value('visitors', 's3', '2026-03-31', 100),
        value('visitors', 's1', '2026-06-30', 5),
      ],
    };
    const funnel = funnelOf(map, 'visitors', '2026-03-31');
    expect(funnel?.steps).toEqual([
      { stageId: 's1', value: 1000, conversion: 0.1, dropOff: 900 },
      { stageId: 's3', value: 100 },
    ]);
    expect(funnel?.biggestDrop).toBe(0);
  });

  test('zero counts: no conversion from an empty step, and it cannot be the biggest drop', () => {
    const map = {
      ...metricsMap(),
      measurements: [
        value('visitors', 's1', '2026-06-30', 100),
        value('visitors', 's2', '2026-06-30', 0),
        value('visitors', 's3', '2026-06-30', 0),
      ],
    };
    const funnel = funnelOf(map, 'visitors');
    expect(funnel?.steps).toEqual([
      { stageId: 's1', value: 100, conversion: 0, dropOff: 100 },
      { stageId: 's2', value: 0, dropOff: 0 },
      { stageId: 's3', value: 0 },
    ]);
    expect(funnel?.biggestDrop).toBe(0);
  });

  test('a funnel that only grows has no biggest drop; ties go to the earlier step', () => {
    const growing = {
      ...metricsMap(),
      measurements: [
        value('visitors', 's1', '2026-06-30', 10),
        value('visitors', 's2', '2026-06-30', 20),
      ],
    };
    expect(funnelOf(growing, 'visitors')).not.toHaveProperty('biggestDrop');
    // More customers at the next step: the conversion exceeds 1, the drop-off is negative.
    expect(funnelOf(growing, 'visitors')?.steps[0]).toMatchObject({ conversion: 2, dropOff: -10 });
    const tie = {
      ...metricsMap(),
      measurements: [
        value('visitors', 's1', '2026-06-30', 100),
        value('visitors', 's2', '2026-06-30', 50),
        value('visitors', 's3', '2026-06-30', 25),
      ],
    };
    expect(funnelOf(tie, 'visitors')?.biggestDrop).toBe(0);
  });

  test('no funnel for an unknown metric or one without values', () => {
    expect(funnelOf(metricsMap(), 'nothing')).toBeUndefined();
    expect(funnelOf({ ...metricsMap(), measurements: [] }, 'visitors')).toBeUndefined();
    expect(funnelOf(metricsMap(), 'visitors', '2020-01-01')?.steps).toEqual([]);
  });
});
