import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../../../shared/i18n/translate';
import { describeConflict, mergeMaps } from '../../../../shared/merge';
import type { JourneyMap, Measurement } from '../../../../shared/model';
import { applyOperations, checkInvariants, type Operation } from '../../../../shared/ops';
import { metricsMap, value } from '../metrics/metricsMap';
import { edit } from '../ops/sampleMap';

function merge(ours: Operation[], theirs: Operation[], base: JourneyMap = metricsMap()) {
  const result = mergeMaps(base, edit(ours, base), edit(theirs, base));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(checkInvariants(result.map)).toEqual([]);
  return result;
}

const put = (...measurements: Measurement[]): Operation => ({
  type: 'importMeasurements',
  metrics: [],
  measurements,
});

/** `metric stage date=value` of every value, sorted. */
const values = (map: JourneyMap): string[] =>
  map.measurements.map((m) => `${m.metricId} ${m.stageId} ${m.date}=${m.value}`).sort();

describe('mergeMaps: stage metrics', () => {
  test('two branches importing different dates both land', () => {
    const { map, conflicts, warnings } = merge(
      [put(value('visitors', 's1', '2026-09-30', 1300))],
      [put(value('visitors', 's1', '2026-12-31', 1400))],
    );
    expect([conflicts, warnings]).toEqual([[], []]);
    expect(values(map)).toContain('visitors s1 2026-09-30=1300');
    expect(values(map)).toContain('visitors s1 2026-12-31=1400');
    expect(map.measurements).toHaveLength(12);
  });

  test('the same new slot with the same value under two ids merges into one value', () => {
    const { map, conflicts } = merge(
      [put({ ...value('visitors', 's2', '2026-09-30', 500), id: 'ours-id' })],
      [put({ ...value('visitors', 's2', '2026-09-30', 500), id: 'their-id' })],
    );
    expect(conflicts).toEqual([]);
    const slot = map.measurements.filter((m) => m.date === '2026-09-30');
    expect(slot).toEqual([expect.objectContaining({ id: 'ours-id', value: 500 })]);
  });

  test('the same slot changed differently is a conflict: ours kept, theirs recorded and in words', () => {
    const refreshed = (v: number) =>
      put({ ...value('conversion', 's1', '2026-06-30', v), id: 'x' });
    const { map, conflicts } = merge([refreshed(11)], [refreshed(12)]);
    expect(conflicts).toEqual([
      expect.objectContaining({
        subject: 'measurement',
        recordId: 'conversion-s1-2026-06-30',
        fields: ['value'],
        theirs: '{"value":12}',
      }),
    ]);
    expect(values(map)).toContain('conversion s1 2026-06-30=11');
    const [conflict] = conflicts;
    if (!conflict) return;
    const t = createTranslate('en');
    expect(describeConflict(conflict, map, t)).toBe(
      'stage "One": Conversion (2026-06-30): value changed on both sides',
    );
    // Keeping theirs puts their value in the slot, as one operation.
    const resolved = applyOperations(map, [
      { type: 'resolveConflict', conflictId: conflict.id, keep: 'theirs' },
    ]);
    expect(values(resolved)).toContain('conversion s1 2026-06-30=12');
    expect(resolved.conflicts).toBeUndefined();
  });

  test('the same slot added on both sides with different values conflicts too', () => {
    const { conflicts } = merge(
      [put({ ...value('visitors', 's2', '2026-09-30', 500), id: 'ours-id' })],
      [put({ ...value('visitors', 's2', '2026-09-30', 510), id: 'their-id' })],
    );
    expect(conflicts).toEqual([
      expect.objectContaining({ subject: 'measurement', recordId: 'ours-id', fields: ['value'] }),
    ]);
  });

  test('a metric both branches defined by the same name (their first import) is one metric', () => {
    const defined = (id: string, date: string, v: number): Operation => ({
      type: 'importMeasurements',
      metrics: [{ id, name: 'NPS', kind: 'score', higherIsBetter: true }],
      measurements: [{ ...value(id, 's1', date, v), id: `${id}-v` }],
      source: {
        id: `${id}-src`,
        name: 'survey.csv',
        mapping: { layout: 'wide', stageColumn: 'Stage', metricColumns: ['NPS'] },
        imported: date,
      },
    });
    const { map, conflicts } = merge(
      [defined('nps-a', '2026-09-30', 40)],
      [defined('nps-b', '2026-12-31', 44)],
    );
    expect(conflicts).toEqual([]);
    expect(map.metrics.filter((m) => m.name === 'NPS')).toEqual([
      expect.objectContaining({ id: 'nps-a' }),
    ]);
    expect(values(map)).toEqual(
      expect.arrayContaining(['nps-a s1 2026-09-30=40', 'nps-a s1 2026-12-31=44']),
    );
    // One remembered source of that name, with the later import.
    const sources = map.metricSources.filter((s) => s.name === 'survey.csv');
    expect(sources).toEqual([expect.objectContaining({ id: 'nps-a-src', imported: '2026-12-31' })]);
  });

  test('a metric deleted on one side takes the other side’s new values of it along, with a warning', () => {
    const { map, conflicts, warnings } = merge(
      [{ type: 'deleteMetric', metricId: 'ttr' }],
      [put(value('ttr', 's2', '2026-09-30', 4))],
    );
    expect(conflicts).toEqual([]);
    expect(map.metrics.map((m) => m.id)).toEqual(['visitors', 'conversion']);
    expect(map.measurements.some((m) => m.metricId === 'ttr')).toBe(false);
    expect(warnings.map((w) => w.path)).toEqual(['measurements[8]']);
  });

  test('a metric edited on both sides differently conflicts on the field', () => {
    const { conflicts, map } = merge(
      [{ type: 'updateMetric', metricId: 'conversion', changes: { target: 11 } }],
      [{ type: 'updateMetric', metricId: 'conversion', changes: { target: 15 } }],
    );
    expect(conflicts).toEqual([
      expect.objectContaining({ subject: 'metric', recordId: 'conversion', fields: ['target'] }),
    ]);
    expect(conflicts[0] && describeConflict(conflicts[0], map, createTranslate('en'))).toBe(
      'metric "Conversion": target changed on both sides',
    );
  });
});
