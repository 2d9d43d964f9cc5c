import type { Translate } from '../i18n/translate';
import type { JourneyMap } from '../model';
import { formatMetricValue, formatShare } from './formatValue';
import type { Funnel } from './funnel';

/** A funnel step's words: the stage, the count, and what happens before the next step. */
export interface FunnelStepText {
  stageName: string;
  value: string;
  /** "36% go on" (absent on the last step). */
  conversion?: string;
  /** "2,624 lost", or "120 more" when the next step has more customers. */
  dropOff?: string;
}

/** Everything a funnel says, in words and numbers: the app's view and the exports read it. */
export interface FunnelText {
  /** "Customers on 2026-10-01". */
  heading: string;
  steps: FunnelStepText[];
  /** "Where customers get lost: Cart » Checkout, −64%". */
  biggestDrop?: string;
}

/**
 * The words of a funnel: numbers as the map's language writes them, sentences in `t`'s
 * language (the UI's in the app, the map's in an export). The biggest drop joins its two
 * stages with » — the bundled fonts that exports embed have no arrow glyph.
 */
export function funnelText(
  map: Pick<JourneyMap, 'stages' | 'language'>,
  funnel: Funnel,
  t: Translate,
): FunnelText {
  const { metric } = funnel;
  const names = new Map(map.stages.map((s) => [s.id, s.name]));
  const format = (n: number) => formatMetricValue(n, metric, map.language);
  const steps = funnel.steps.map((step): FunnelStepText => {
    const text: FunnelStepText = {
      stageName: names.get(step.stageId) ?? step.stageId,
      value: format(step.value),
    };
    if (step.conversion !== undefined) {
      text.conversion = t('metrics.funnel.conversion', {
        share: formatShare(step.conversion, map.language),
      });
    }
    if (step.dropOff !== undefined && step.dropOff !== 0) {
      text.dropOff =
        step.dropOff > 0
          ? t('metrics.funnel.dropOff', { count: format(step.dropOff) })
          : t('metrics.funnel.gain', { count: format(-step.dropOff) });
    }
    return text;
  });
  const result: FunnelText = {
    heading: t('metrics.funnel.heading', { metric: metric.name, date: funnel.date }),
    steps,
  };
  const drop = funnel.biggestDrop === undefined ? undefined : funnel.steps[funnel.biggestDrop];
  const next = funnel.biggestDrop === undefined ? undefined : funnel.steps[funnel.biggestDrop + 1];
  if (drop?.conversion !== undefined && next) {
    result.biggestDrop = t('metrics.funnel.biggestDrop', {
      from: names.get(drop.stageId) ?? drop.stageId,
      to: names.get(next.stageId) ?? next.stageId,
      share: `\u2212${formatShare(1 - drop.conversion, map.language)}`,
    });
  }
  return result;
}
