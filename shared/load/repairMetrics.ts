import { measurementSlot, type JourneyMap } from '../model';
import type { ProblemList } from './problem';

/**
 * Repairs the metric data as a reader of the file would: a value of a metric or stage that
 * does not exist has nowhere to show and is dropped; a second value for the same metric,
 * stage and date (two tools appended the same snapshot) is dropped, keeping the first; a
 * remembered mapping that sends a stage name to a stage that is gone forgets that name, so
 * the next import asks again. Paths name the records as the file has them.
 */
export function repairMetrics(map: JourneyMap, warnings: ProblemList): void {
  const metricIds = new Set(map.metrics.map((m) => m.id));
  const stageIds = new Set(map.stages.map((s) => s.id));
  const slots = new Set<string>();
  map.measurements = map.measurements.filter((m, index) => {
    const path = ['measurements', index];
    if (!metricIds.has(m.metricId)) {
      warnings.add('measurementMetricMissing', path, { id: m.id, metricId: m.metricId });
      return false;
    }
    if (!stageIds.has(m.stageId)) {
      warnings.add('measurementStageMissing', path, { id: m.id, stageId: m.stageId });
      return false;
    }
    const slot = measurementSlot(m);
    if (slots.has(slot)) {
      warnings.add('measurementRepeated', path, { id: m.id, date: m.date });
      return false;
    }
    slots.add(slot);
    return true;
  });
  map.metricSources.forEach((source, index) => {
    const values = source.mapping.stageValues;
    if (!values) return;
    const kept = Object.entries(values).filter(([name, stageId]) => {
      if (stageId === null || stageIds.has(stageId)) return true;
      const path = ['metricSources', index, 'mapping', 'stageValues'];
      warnings.add('metricSourceStageMissing', path, { name, stageId });
      return false;
    });
    if (kept.length < Object.keys(values).length) {
      source.mapping.stageValues = Object.fromEntries(kept);
    }
  });
}
