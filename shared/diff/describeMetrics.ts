import type { Translate } from '../i18n/translate';
import { formatMetricValue } from '../metrics/formatValue';
import type { JourneyMap, Measurement, Metric } from '../model';
import { findIn, recordName } from './find';
import type { RecordChange } from './types';
import { quote } from './values';

/**
 * Words for a metric's value at a stage on a date, as a reviewer of a refresh reads them:
 * `+ stage "Checkout": Conversion 14.1% (2026-09-30)`,
 * `~ stage "Checkout": Conversion 12.5% → 14.1% (2026-09-30)`. Values are written in the
 * number format of the map's language, as the canvas shows them.
 */

/** `stage "Checkout": Conversion (2026-09-30)`: how other lines and conflicts name a value. */
export function measurementSubject(
  measurement: Measurement | undefined,
  id: string,
  maps: readonly JourneyMap[],
  t: Translate,
): string {
  if (!measurement) return t('diff.subject', { noun: t('diff.nouns.measurement'), name: id });
  return t('diff.measurementSubject', {
    ...measurementNames(measurement, maps, t),
    date: measurement.date,
  });
}

/**
 * The line of an added or removed value, or of a changed `value`; undefined for other
 * changes (a new source, a hand-edited date), which read as any field change.
 */
export function measurementLine(
  change: Extract<RecordChange, { kind: 'measurement' }>,
  maps: readonly JourneyMap[],
  t: Translate,
): string | undefined {
  if (change.type === 'added' || change.type === 'removed') {
    const m = change.record;
    return t(`diff.lines.${change.type}Value`, {
      ...measurementNames(m, maps, t),
      value: valueText(m.value, m.metricId, maps),
      date: m.date,
    });
  }
  if (change.type !== 'changed' || change.field !== 'value') return undefined;
  const m = findIn(maps, 'measurement', change.id) as Measurement | undefined;
  if (!m || typeof change.before !== 'number' || typeof change.after !== 'number') {
    return undefined;
  }
  return t('diff.lines.valueChanged', {
    ...measurementNames(m, maps, t),
    before: valueText(change.before, m.metricId, maps),
    after: valueText(change.after, m.metricId, maps),
    date: m.date,
  });
}

function measurementNames(
  m: Pick<Measurement, 'stageId' | 'metricId'>,
  maps: readonly JourneyMap[],
  t: Translate,
): { stage: string; metric: string } {
  return {
    stage: t('diff.subject', {
      noun: t('diff.nouns.stage'),
      name: quote(recordName('stage', m.stageId, maps), t),
    }),
    metric: recordName('metric', m.metricId, maps),
  };
}

/** A value in its metric's format (`14.1%`, `12,480`), in the language of the first map. */
function valueText(value: number, metricId: string, maps: readonly JourneyMap[]): string {
  const metric = findIn(maps, 'metric', metricId) as Metric | undefined;
  const language = maps[0]?.language ?? 'en';
  return metric ? formatMetricValue(value, metric, language) : String(value);
}
