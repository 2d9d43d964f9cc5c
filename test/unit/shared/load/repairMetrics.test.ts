import { describe, expect, test } from 'vitest';
import { loadMapValue } from '../../../../shared/load';
import { serializeMap } from '../../../../shared/serialize';
import { metricsMap, value } from '../metrics/metricsMap';

/** The metrics map as a file would hold it, with `changes` to its lists. */
function load(changes: Record<string, unknown>) {
  const doc = {
    ...(JSON.parse(serializeMap(metricsMap())) as Record<string, unknown>),
    ...changes,
  };
  const result = loadMapValue(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return {
    map: result.map,
    warnings: result.warnings.map((w) => `${w.path}: ${w.message}`),
  };
}

const measurements = metricsMap().measurements;

describe('loader repairs of metric data', () => {
  test('a map with metrics loads without a warning and saves byte for byte', () => {
    const { map, warnings } = load({});
    expect(warnings).toEqual([]);
    expect(serializeMap(map)).toBe(serializeMap(metricsMap()));
  });

  test('a value of a metric that does not exist is dropped', () => {
    const { map, warnings } = load({
      measurements: [...measurements, value('ghost', 's1', '2026-03-31', 1)],
    });
    expect(warnings).toEqual([
      'measurements[10]: metric value "ghost-s1-2026-03-31" is of metric "ghost", which does not exist; the value was dropped',
    ]);
    expect(map.measurements).toHaveLength(10);
  });

  test('a value for a stage that does not exist is dropped', () => {
    const { warnings } = load({
      measurements: [value('visitors', 'gone', '2026-03-31', 1), ...measurements],
    });
    expect(warnings).toEqual([
      'measurements[0]: metric value "visitors-gone-2026-03-31" is for stage "gone", which does not exist; the value was dropped',
    ]);
  });

  test('a second value in the same slot is dropped, the first kept', () => {
    const { map, warnings } = load({
      measurements: [...measurements, { ...value('visitors', 's1', '2026-03-31', 5), id: 'again' }],
    });
    expect(warnings).toEqual([
      'measurements[10]: metric value "again" repeats a value of the same metric and stage on 2026-03-31; the first one was kept',
    ]);
    expect(map.measurements.find((m) => m.id === 'visitors-s1-2026-03-31')?.value).toBe(1000);
  });

  test('a remembered stage mapping to a stage that is gone is forgotten, the rest kept', () => {
    const { map, warnings } = load({
      metricSources: [
        {
          id: 'src',
          name: 'crm.csv',
          mapping: {
            layout: 'records',
            stageColumn: 'Deal Stage',
            metric: 'Deals',
            cumulative: false,
            stageValues: { Won: 's3', Lost: null, Archived: 'gone' },
          },
        },
      ],
    });
    expect(warnings).toEqual([
      'metricSources[0].mapping.stageValues: the remembered import sends "Archived" to stage "gone", which does not exist; the next import will ask again',
    ]);
    expect(map.metricSources[0]?.mapping.stageValues).toEqual({ Won: 's3', Lost: null });
  });

  test('repeated ids of metrics and values are renamed, as for every record', () => {
    const { map, warnings } = load({
      metrics: [...metricsMap().metrics, { id: 'visitors', name: 'Visitors again', kind: 'count' }],
    });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^metrics\[3\]\.id: the id "visitors" is already used; this one was renamed to "visitors-2"$/,
      ),
    ]);
    expect(map.metrics.map((m) => m.id)).toEqual(['visitors', 'conversion', 'ttr', 'visitors-2']);
  });

  test('values are written by date, then metric, stage and id, whatever the file’s order', () => {
    const { map } = load({ measurements: [...measurements].reverse() });
    const text = serializeMap(map);
    const order = [...text.matchAll(/"id": "((?:visitors|conversion|ttr)-s\d-[\d-]+)"/g)].map(
      (m) => m[1],
    );
    expect(order.slice(0, 5)).toEqual([
      'conversion-s1-2026-03-31',
      'ttr-s1-2026-03-31',
      'visitors-s1-2026-03-31',
      'visitors-s2-2026-03-31',
      'visitors-s3-2026-03-31',
    ]);
  });
});
