import { describe, expect, test } from 'vitest';
import { compareMaps } from '../../../../shared/compare/compareView';
import { describeChanges, diffMaps, outlineMap } from '../../../../shared/diff';
import { createTranslate } from '../../../../shared/i18n/translate';
import type { JourneyMap } from '../../../../shared/model';
import type { Operation } from '../../../../shared/ops';
import { metricsMap, value } from '../metrics/metricsMap';
import { edit } from '../ops/sampleMap';

const english = createTranslate('en');

function linesAfter(ops: Operation[], before: JourneyMap = metricsMap(), t = english): string[] {
  const after = edit(ops, before);
  return describeChanges(diffMaps(before, after), before, after, t);
}

describe('the diff of stage metrics in words', () => {
  test('a refresh: a changed value reads per stage in the metric’s format, a new one with its date', () => {
    expect(
      linesAfter([
        {
          type: 'importMeasurements',
          metrics: [],
          measurements: [
            { ...value('conversion', 's1', '2026-06-30', 14.1), id: 'fresh' },
            value('visitors', 's1', '2026-09-30', 12480),
          ],
        },
      ]),
    ).toEqual([
      '~ stage "One": Conversion 9.5% → 14.1% (2026-06-30)',
      '+ stage "One": Visitors 12,480 (2026-09-30)',
    ]);
  });

  test('a value cleared, a metric defined, edited and deleted, a source remembered', () => {
    expect(
      linesAfter([
        {
          type: 'setMeasurement',
          measurement: { ...value('ttr', 's1', '2026-06-30', 0), value: null },
        },
      ]),
    ).toEqual(['- stage "One": Time to resolve 2 days (2026-06-30)']);
    expect(
      linesAfter([
        { type: 'updateMetric', metricId: 'conversion', changes: { target: 12, unit: 'pp' } },
      ]),
    ).toEqual(['~ metric "Conversion" target 10 → 12', '~ metric "Conversion" unit set to "pp"']);
    const deleted = linesAfter([{ type: 'deleteMetric', metricId: 'ttr' }]);
    expect(deleted[0]).toBe('- metric "Time to resolve"');
    expect(deleted).toContain('- stage "One": Time to resolve 3 days (2026-03-31)');
    expect(
      linesAfter([
        {
          type: 'importMeasurements',
          metrics: [{ id: 'nps', name: 'NPS', kind: 'score', higherIsBetter: true }],
          measurements: [value('nps', 's2', '2026-06-30', 41)],
          source: {
            id: 'src2',
            name: 'survey.xlsx',
            mapping: {
              layout: 'long',
              stageColumn: 'Stage',
              metricColumn: 'Metric',
              valueColumn: 'Value',
            },
          },
        },
      ]),
    ).toEqual([
      '+ metric "NPS"',
      '+ stage "Two": NPS 41 (2026-06-30)',
      '+ metric source "survey.xlsx"',
    ]);
  });

  test('a metric moved in the list, a source re-imported', () => {
    const before = metricsMap();
    const after: JourneyMap = {
      ...before,
      metrics: [before.metrics[2], before.metrics[0], before.metrics[1]].flatMap((m) =>
        m ? [m] : [],
      ),
      metricSources: before.metricSources.map((s) => ({ ...s, imported: '2026-09-30' })),
    };
    expect(describeChanges(diffMaps(before, after), before, after, english)).toEqual([
      '> metric "Time to resolve" moved from position 3 to 1',
      '~ metric source "crm.csv" imported 2026-06-30 → 2026-09-30',
    ]);
  });

  test('values in the map’s number format; the words in the reader’s language', () => {
    const before = { ...metricsMap(), language: 'ru' };
    const lines = linesAfter(
      [
        {
          type: 'importMeasurements',
          metrics: [],
          measurements: [value('visitors', 's2', '2026-09-30', 12480.5)],
        },
      ],
      before,
      createTranslate('uk'),
    );
    expect(lines).toEqual(['+ етап «Two»: Visitors 12\u00a0481 (2026-09-30)']);
  });
});

describe('the outline of stage metrics', () => {
  test('one line per metric, value and source, with their fields below', () => {
    const lines = outlineMap(metricsMap(), english);
    const from = lines.indexOf('metric "Visitors"');
    expect(lines.slice(from, from + 12)).toEqual([
      'metric "Visitors"',
      '  kind: count',
      '  higher is better: true',
      'metric "Conversion"',
      '  kind: percent',
      '  target: 10',
      '  higher is better: true',
      'metric "Time to resolve"',
      '  kind: duration',
      '  unit: "days"',
      '  target: 2',
      '  higher is better: false',
    ]);
    expect(lines).toContain('stage "Two": Visitors 400 (2026-03-31)');
    expect(lines).toContain('stage "One": Conversion 9.5% (2026-06-30)');
    expect(lines.slice(-3)).toEqual([
      'metric source "crm.csv"',
      '  column mapping: layout: wide, stage column: "Stage", metric columns: "Visitors"',
      '  imported: 2026-06-30',
    ]);
  });
});

describe('the compare view of a metrics refresh', () => {
  test('lists the values in words; an entry about a value selects its stage', () => {
    const before = metricsMap();
    const after = edit(
      [
        {
          type: 'importMeasurements',
          metrics: [],
          measurements: [
            value('visitors', 's2', '2026-06-30', 320),
            value('visitors', 's3', '2026-09-30', 90),
          ],
        },
        { type: 'updateMetric', metricId: 'visitors', changes: { target: 1000 } },
      ],
      before,
    );
    const view = compareMaps(before, after, english);
    expect(view.entries).toEqual([
      {
        text: '~ metric "Visitors" target set to 1000',
        type: 'changed',
        target: { kind: 'metric', id: 'visitors' },
      },
      {
        text: '~ stage "Two": Visitors 300 → 320 (2026-06-30)',
        type: 'changed',
        target: { kind: 'stage', id: 's2' },
      },
      {
        text: '+ stage "Three": Visitors 90 (2026-09-30)',
        type: 'added',
        target: { kind: 'stage', id: 's3' },
      },
    ]);
    // Stages themselves did not change: nothing is marked on the canvas.
    expect(view.marks.stage.size).toBe(0);
  });
});
