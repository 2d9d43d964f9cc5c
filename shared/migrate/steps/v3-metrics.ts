import type { Migration } from '../migration';

/**
 * Version 3 adds stage metrics: `metrics`, `measurements` and `metricSources` (all optional,
 * empty when absent). A version 2 map has none, so the step only names the new version; a
 * version 2 reader meeting a version 3 file refuses it instead of dropping its numbers.
 */
export const metricsV3: Migration = {
  version: 3,
  description: 'stage metrics: metric definitions, dated measurements, remembered import mappings',
  up: (doc) => ({ ...doc, version: 3 }),
};
