import { describe, expect, test } from 'vitest';
import { createEditorStore } from '../../../../renderer/store';
import { createTranslate } from '../../../../shared/i18n/translate';
import { LIMITS, type JourneyMap } from '../../../../shared/model';
import {
  applyOperations,
  checkInvariants,
  operationLabel,
  type Operation,
} from '../../../../shared/ops';
import { metricsMap, value } from '../metrics/metricsMap';

function after(ops: Operation[], map: JourneyMap = metricsMap()): JourneyMap {
  const result = applyOperations(map, ops);
  expect(checkInvariants(result)).toEqual([]);
  return result;
}

/** `metric stage date=value` of every value, in list order. */
const values = (map: JourneyMap): string[] =>
  map.measurements.map((m) => `${m.metricId} ${m.stageId} ${m.date}=${m.value}`);

describe('importMeasurements', () => {
  test('defines new metrics, adds values in new slots and remembers the source', () => {
    const map = after([
      {
        type: 'importMeasurements',
        metrics: [
          { id: 'nps', name: 'N'.repeat(LIMITS.name + 5), kind: 'score', higherIsBetter: true },
        ],
        measurements: [
          value('nps', 's2', '2026-09-30', 41),
          value('visitors', 's1', '2026-09-30', 1300),
        ],
        source: {
          id: 'survey',
          name: 'survey.xlsx',
          mapping: {
            layout: 'long',
            stageColumn: 'Stage',
            metricColumn: 'Metric',
            valueColumn: 'Value',
          },
          imported: '2026-09-30',
        },
      },
    ]);
    expect(map.metrics.map((m) => m.id)).toEqual(['visitors', 'conversion', 'ttr', 'nps']);
    // A name too long for the format is cut to fit, not refused.
    expect(map.metrics[3]?.name).toHaveLength(LIMITS.name);
    expect(values(map).slice(-2)).toEqual(['nps s2 2026-09-30=41', 'visitors s1 2026-09-30=1300']);
    expect(map.metricSources.map((s) => s.name)).toEqual(['crm.csv', 'survey.xlsx']);
  });

  test('a value in a taken slot replaces it and keeps its id (a diff shows a changed value)', () => {
    const map = after([
      {
        type: 'importMeasurements',
        metrics: [],
        measurements: [
          { ...value('visitors', 's1', '2026-06-30', 1250), id: 'new-id', source: 'q2.csv' },
        ],
      },
    ]);
    const slot = map.measurements.filter(
      (m) => m.metricId === 'visitors' && m.stageId === 's1' && m.date === '2026-06-30',
    );
    expect(slot).toEqual([
      {
        id: 'visitors-s1-2026-06-30',
        metricId: 'visitors',
        stageId: 's1',
        date: '2026-06-30',
        value: 1250,
        source: 'q2.csv',
      },
    ]);
    expect(map.measurements).toHaveLength(10);
  });

  test('values of unknown metrics or stages, invalid values and taken ids are skipped', () => {
    const base = metricsMap();
    const map = after([
      {
        type: 'importMeasurements',
        metrics: [],
        measurements: [
          value('ghost', 's1', '2026-09-30', 1),
          value('visitors', 'nowhere', '2026-09-30', 1),
          value('visitors', 's2', '2026-09-31', 1),
          value('visitors', 's2', '2026-09-30', Number.POSITIVE_INFINITY),
          { ...value('visitors', 's2', '2026-09-30', 5), id: 'visitors-s1-2026-03-31' },
        ],
      },
    ]);
    expect(map.measurements).toEqual(base.measurements);
  });

  test('a source of an id already remembered is replaced; a metric of a taken id is not added', () => {
    const map = after([
      {
        type: 'importMeasurements',
        metrics: [{ id: 'visitors', name: 'Other', kind: 'number', higherIsBetter: false }],
        measurements: [],
        source: {
          id: 'src',
          name: 'crm.csv',
          mapping: { layout: 'records', stageColumn: 'Stage', metric: 'Deals', cumulative: true },
          imported: '2026-09-30',
        },
      },
    ]);
    expect(map.metrics[0]).toMatchObject({ id: 'visitors', name: 'Visitors' });
    expect(map.metricSources).toEqual([
      expect.objectContaining({
        id: 'src',
        imported: '2026-09-30',
        mapping: expect.objectContaining({ layout: 'records' }),
      }),
    ]);
  });
});

describe('updateMetric and deleteMetric', () => {
  test('changes fields, removes optional ones with null, and ignores a change the schema refuses', () => {
    const map = after([
      {
        type: 'updateMetric',
        metricId: 'ttr',
        changes: { name: 'Resolution time', target: null, unit: 'h' },
      },
    ]);
    expect(map.metrics[2]).toEqual({
      id: 'ttr',
      name: 'Resolution time',
      kind: 'duration',
      unit: 'h',
      higherIsBetter: false,
    });
    const refused = after([
      {
        type: 'updateMetric',
        metricId: 'ttr',
        changes: { kind: 'nonsense' as 'count', unit: 'x' },
      },
      { type: 'updateMetric', metricId: 'ttr', changes: { target: Number.NaN } },
      {
        type: 'updateMetric',
        metricId: 'ttr',
        changes: { unit: 'u'.repeat(LIMITS.metricUnit + 1) },
      },
      { type: 'updateMetric', metricId: 'nothing', changes: { name: 'X' } },
    ]);
    expect(refused.metrics).toEqual(metricsMap().metrics);
  });

  test('deleting a metric takes its values along', () => {
    const map = after([{ type: 'deleteMetric', metricId: 'visitors' }]);
    expect(map.metrics.map((m) => m.id)).toEqual(['conversion', 'ttr']);
    expect(map.measurements.some((m) => m.metricId === 'visitors')).toBe(false);
    expect(map.measurements).toHaveLength(4);
  });
});

describe('setMeasurement, deleteMeasurements, deleteStage', () => {
  test('a value typed in fills a new slot or replaces one; null clears the slot', () => {
    const set = (v: number | null, date = '2026-06-30'): Operation => ({
      type: 'setMeasurement',
      measurement: { id: 'typed', metricId: 'conversion', stageId: 's2', date, value: v },
    });
    const added = after([set(7.5)]);
    expect(values(added)).toContain('conversion s2 2026-06-30=7.5');
    const replaced = after([set(8)], added);
    expect(replaced.measurements.filter((m) => m.id === 'typed')).toEqual([
      expect.objectContaining({ value: 8 }),
    ]);
    const cleared = after([set(null)], replaced);
    expect(cleared.measurements).toEqual(metricsMap().measurements);
  });

  test('deleteMeasurements drops the named values; deleteStage drops the stage’s values', () => {
    const map = after([
      { type: 'deleteMeasurements', measurementIds: ['ttr-s1-2026-03-31', 'nothing'] },
    ]);
    expect(map.measurements).toHaveLength(9);
    const withoutStage = after([{ type: 'deleteStage', stageId: 's2' }]);
    expect(withoutStage.measurements.some((m) => m.stageId === 's2')).toBe(false);
    expect(withoutStage.measurements).toHaveLength(8);
  });

  test('every metric operation has a label for the undo menu', () => {
    const t = createTranslate('en');
    const types = [
      'importMeasurements',
      'updateMetric',
      'deleteMetric',
      'setMeasurement',
      'deleteMeasurements',
    ] as const;
    expect(types.map((type) => t(operationLabel(type)))).toEqual([
      'Import metrics',
      'Edit metric',
      'Delete metric',
      'Edit metric value',
      'Delete metric values',
    ]);
  });
});

describe('through the editor’s store', () => {
  test('an import is one undo step, and redo brings it back', () => {
    const store = createEditorStore();
    store.getState().loadDocument(metricsMap(), { ref: { handle: 'h', name: 'a.journey.json' } });
    store.getState().apply({
      type: 'importMeasurements',
      metrics: [{ id: 'nps', name: 'NPS', kind: 'score', higherIsBetter: true }],
      measurements: [
        value('nps', 's1', '2026-09-30', 40),
        value('visitors', 's1', '2026-06-30', 1),
      ],
    });
    const imported = store.getState().doc;
    expect(imported?.metrics).toHaveLength(4);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc?.metrics).toEqual(metricsMap().metrics);
    expect(store.getState().doc?.measurements).toEqual(metricsMap().measurements);
    store.getState().redo();
    expect(store.getState().doc).toEqual(imported);
  });
});
