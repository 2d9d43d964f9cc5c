import {
  LIMITS,
  MeasurementSchema,
  MetricSchema,
  MetricSourceSchema,
  measurementSlot,
  type Measurement,
  type Metric,
  type MetricSource,
} from '../model';
import { peek, type MapDraft } from './draft';
import { fitName } from './sanitize';

/** The fields of a metric's definition that the editor changes; `null` removes an optional one. */
export type MetricChanges = Partial<Pick<Metric, 'name' | 'kind' | 'higherIsBetter'>> & {
  unit?: string | null;
  target?: number | null;
  description?: string | null;
};

export type MetricOperation =
  /**
   * One import (or refresh) as one undo step: new metric definitions, then values that each
   * take the slot (metric, stage, date) of any earlier value there, and the source with its
   * mapping remembered (replacing a source of the same id).
   */
  | {
      type: 'importMeasurements';
      metrics: Metric[];
      measurements: Measurement[];
      source?: MetricSource;
    }
  | { type: 'updateMetric'; metricId: string; changes: MetricChanges }
  /** A metric and all of its values. */
  | { type: 'deleteMetric'; metricId: string }
  /** One value typed in by hand: `value: null` clears the slot. */
  | {
      type: 'setMeasurement';
      measurement: Omit<Measurement, 'value'> & { value: number | null };
    }
  | { type: 'deleteMeasurements'; measurementIds: string[] };

export function applyMetricOperation(map: MapDraft, op: MetricOperation): void {
  switch (op.type) {
    case 'importMeasurements':
      for (const metric of op.metrics) addMetric(map, metric);
      putMeasurements(map, op.measurements);
      if (op.source) putSource(map, op.source);
      return;
    case 'updateMetric':
      updateMetric(map, op.metricId, op.changes);
      return;
    case 'deleteMetric': {
      const index = map.metrics.findIndex((m) => m.id === op.metricId);
      if (index < 0) return;
      map.metrics.splice(index, 1);
      map.measurements = peek(map.measurements).filter((m) => m.metricId !== op.metricId);
      return;
    }
    case 'setMeasurement': {
      const { value, ...slot } = op.measurement;
      if (value === null) {
        const key = measurementSlot(slot);
        map.measurements = peek(map.measurements).filter((m) => measurementSlot(m) !== key);
      } else putMeasurements(map, [{ ...slot, value }]);
      return;
    }
    case 'deleteMeasurements': {
      const ids = new Set(op.measurementIds);
      map.measurements = peek(map.measurements).filter((m) => !ids.has(m.id));
      return;
    }
  }
}

/** Drops the values of stages that are gone (a stage's deletion takes its values along). */
export function dropMeasurementsOfStage(map: MapDraft, stageId: string): void {
  if (!peek(map.measurements).some((m) => m.stageId === stageId)) return;
  map.measurements = peek(map.measurements).filter((m) => m.stageId !== stageId);
}

function addMetric(map: MapDraft, input: Metric): void {
  if (map.metrics.length >= LIMITS.metrics || map.metrics.some((m) => m.id === input.id)) return;
  const parsed = MetricSchema.safeParse({ ...input, name: fitName(input.name) });
  if (parsed.success) map.metrics.push(parsed.data);
}

/**
 * Values whose metric and stage exist and that fit the schema, each replacing the value in
 * its slot; ids already in use by another slot are skipped (the caller makes fresh ones).
 */
function putMeasurements(map: MapDraft, inputs: readonly Measurement[]): void {
  const metrics = new Set(map.metrics.map((m) => m.id));
  const stages = new Set(map.stages.map((s) => s.id));
  const bySlot = new Map(peek(map.measurements).map((m, i) => [measurementSlot(m), i]));
  const ids = new Set(peek(map.measurements).map((m) => m.id));
  const kept = [...peek(map.measurements)];
  for (const input of inputs) {
    const parsed = MeasurementSchema.safeParse(input);
    if (!parsed.success || !metrics.has(input.metricId) || !stages.has(input.stageId)) continue;
    const slot = measurementSlot(parsed.data);
    const at = bySlot.get(slot);
    if (at !== undefined) {
      // The slot's value is replaced; its id stays, so a diff shows a changed value.
      kept[at] = { ...parsed.data, id: (kept[at] as Measurement).id };
    } else {
      if (ids.has(parsed.data.id) || kept.length >= LIMITS.measurements) continue;
      ids.add(parsed.data.id);
      bySlot.set(slot, kept.length);
      kept.push(parsed.data);
    }
  }
  map.measurements = kept;
}

function putSource(map: MapDraft, input: MetricSource): void {
  const parsed = MetricSourceSchema.safeParse(input);
  if (!parsed.success) return;
  const index = map.metricSources.findIndex((s) => s.id === input.id);
  if (index >= 0) map.metricSources[index] = parsed.data;
  else if (map.metricSources.length < LIMITS.metricSources) map.metricSources.push(parsed.data);
}

function updateMetric(map: MapDraft, metricId: string, changes: MetricChanges): void {
  const metric = map.metrics.find((m) => m.id === metricId);
  if (!metric) return;
  const removed = new Set(
    Object.entries(changes).flatMap(([key, value]) => (value === null ? [key] : [])),
  );
  const next = Object.fromEntries(
    Object.entries({ ...peek(metric), ...changes }).filter(
      ([key, value]) => value !== undefined && !removed.has(key),
    ),
  );
  if (typeof changes.name === 'string') next.name = fitName(changes.name);
  // A change the schema refuses (an unknown kind, an endless number) is ignored as a whole.
  const parsed = MetricSchema.safeParse(next);
  if (!parsed.success) return;
  const index = map.metrics.indexOf(metric);
  map.metrics[index] = parsed.data;
}
