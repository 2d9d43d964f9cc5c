import type { Translate } from '../i18n/translate';
import type { Metric } from '../model';
import { formatMetricValue } from './formatValue';
import type { StageValue } from './stageValues';

/**
 * One metric at one stage as a sentence, for screen readers and other text-only readers:
 * "Checkout: Conversion 12.5%, up 1.6 points, better, target 15% not met". What the lane
 * says with arrows and colours, it says in words (a percent's change in points).
 */
export function metricLineText(
  stageName: string,
  metric: Metric,
  value: StageValue,
  language: string,
  t: Translate,
): string {
  const format = (n: number) => formatMetricValue(n, metric, language);
  const parts = [
    t('metrics.lane.line', {
      stage: stageName,
      metric: metric.name,
      value: format(value.latest.value),
    }),
  ];
  if (value.trend === 'same') parts.push(t('metrics.lane.same'));
  else if (value.trend && value.change !== undefined) {
    const points = metric.kind === 'percent';
    const size = points
      ? formatMetricValue(
          Math.abs(value.change),
          { ...metric, kind: 'number', unit: undefined },
          language,
        )
      : format(Math.abs(value.change));
    const key = `metrics.lane.${value.trend}${points ? 'Points' : ''}`;
    parts.push(t(key, { value: size }));
    if (value.improved !== undefined) {
      parts.push(t(value.improved ? 'metrics.lane.better' : 'metrics.lane.worse'));
    }
  }
  if (value.targetMet !== undefined && metric.target !== undefined) {
    const key = value.targetMet ? 'metrics.lane.targetMet' : 'metrics.lane.targetMissed';
    parts.push(t(key, { target: format(metric.target) }));
  }
  return parts.join(t('metrics.lane.separator'));
}
