import { wrapText } from '../../layout';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import { formatMetricValue, formatShare, type Funnel } from '../../metrics';
import type { TableFlow } from './metricsTrends';
import { PAGE_COLORS, PAGE_STYLES } from './pageLayout';

/** The funnel's own colours: lost customers in red, as the canvas marks bad news. */
export const METRIC_COLORS = {
  good: '#15803d',
  bad: '#b91c1c',
  badFill: '#fef2f2',
} as const;

const ROW = 30;
const BAR = 20;
const VALUE_WIDTH = 110;
const CALLOUT_PAD = 10;

/** The height `drawFunnel` takes for `funnel` in `width` (to keep it on one page when it fits). */
export function funnelHeight(map: JourneyMap, funnel: Funnel, width: number, t: Translate): number {
  return (
    PAGE_STYLES.subheading.lineHeight +
    8 +
    calloutHeight(map, funnel, width, t) +
    funnel.steps.length * ROW
  );
}

/**
 * The funnel of one count metric drawn on a metrics page: a bar per stage (its length the
 * stage's share of the largest), the value after it, and beside it how many go on to the next
 * stage and how many are lost. The step that loses the largest share is called out above the
 * bars ("Where customers get lost") and its figures are set in red. Bars grow from the start
 * edge (the right in RTL maps). Kept apart from the rest of the page so that it can give way
 * to a shared funnel scene later.
 */
export function drawFunnel(
  flow: TableFlow,
  map: JourneyMap,
  funnel: Funnel,
  t: Translate,
): TableFlow {
  let { page, y } = flow;
  const width = page.width - 2 * flow.margin;
  const at = (start: number, w: number): number => page.startX(flow.margin + start, w);
  const language = map.language;
  const value = (n: number): string => formatMetricValue(n, funnel.metric, language);
  const stageName = (id: string): string => map.stages.find((s) => s.id === id)?.name ?? '';

  const title = page.text(
    t('export.metricsPage.funnelTitle', {
      metric: funnel.metric.name,
      // Isolated: after Persian words the bidi algorithm would otherwise reverse its parts.
      date: `\u2066${funnel.date}\u2069`,
    }),
    { x: at(0, width), y, width },
    PAGE_STYLES.subheading,
    PAGE_COLORS.text,
    { maxLines: 1 },
  );
  y += title.height + 8;

  const sentence = biggestDropSentence(map, funnel, t);
  if (sentence) {
    const textWidth = width - 2 * CALLOUT_PAD - 4;
    const height = calloutHeight(map, funnel, width, t);
    page.rect(at(0, width), y, width, height - 8, METRIC_COLORS.badFill);
    page.rect(at(0, 4), y, 4, height - 8, METRIC_COLORS.bad);
    page.text(
      sentence,
      { x: at(4 + CALLOUT_PAD, textWidth), y: y + CALLOUT_PAD, width: textWidth },
      PAGE_STYLES.bodyBold,
      METRIC_COLORS.bad,
      { maxLines: 3 },
    );
    y += height;
  }

  // Narrow pages (A4 portrait) give the bars room by shrinking the name and words columns.
  const nameWidth = Math.min(200, width * 0.22);
  const conversionWidth = Math.min(300, Math.max(240, width * 0.3));
  const largest = Math.max(1, ...funnel.steps.map((s) => s.value));
  const barSpace = Math.max(40, width - nameWidth - VALUE_WIDTH - conversionWidth);
  const style = PAGE_STYLES.body;
  const textY = (top: number) => top + (ROW - style.lineHeight) / 2;
  funnel.steps.forEach((step, index) => {
    // A funnel of more stages than a page holds goes on on the next page.
    if (y + ROW > flow.bottom) {
      page = flow.newPage();
      y = flow.top;
    }
    const worst = index === funnel.biggestDrop;
    if (index % 2 === 1) page.rect(at(0, width), y, width, ROW, PAGE_COLORS.zebra);
    page.text(
      stageName(step.stageId),
      { x: at(0, nameWidth - 8), y: textY(y), width: nameWidth - 8 },
      style,
      PAGE_COLORS.text,
      { maxLines: 1 },
    );
    const barWidth = Math.max(1, (Math.max(0, step.value) / largest) * barSpace);
    page.rect(at(nameWidth, barWidth), y + (ROW - BAR) / 2, barWidth, BAR, map.brandColor, 2);
    page.text(
      value(step.value),
      { x: at(nameWidth + barWidth + 6, VALUE_WIDTH - 6), y: textY(y), width: VALUE_WIDTH - 6 },
      PAGE_STYLES.bodyBold,
      PAGE_COLORS.text,
      { maxLines: 1 },
    );
    if (step.conversion !== undefined) {
      const lost = step.dropOff ?? 0;
      const share = formatShare(step.conversion, language);
      const words =
        lost > 0
          ? t('export.metricsPage.conversion', { share, lost: value(lost) })
          : t('export.metricsPage.conversionOnly', { share });
      const x = nameWidth + barSpace + VALUE_WIDTH;
      page.text(
        words,
        { x: at(x, width - x), y: textY(y), width: width - x },
        worst ? PAGE_STYLES.bodyBold : style,
        worst ? METRIC_COLORS.bad : PAGE_COLORS.muted,
        { maxLines: 1 },
      );
    }
    y += ROW;
  });
  return { ...flow, page, y };
}

/** "Where customers get lost: from Consideration to Purchase, 1,790 of 2,400 (74.6%) do not go on." */
export function biggestDropSentence(
  map: JourneyMap,
  funnel: Funnel,
  t: Translate,
): string | undefined {
  if (funnel.biggestDrop === undefined) return undefined;
  const step = funnel.steps[funnel.biggestDrop];
  const next = funnel.steps[funnel.biggestDrop + 1];
  if (!step || !next || step.conversion === undefined) return undefined;
  const name = (id: string): string => map.stages.find((s) => s.id === id)?.name ?? '';
  return t('export.metricsPage.biggestDrop', {
    from: name(step.stageId),
    to: name(next.stageId),
    share: formatShare(1 - step.conversion, map.language),
    lost: formatMetricValue(step.dropOff ?? 0, funnel.metric, map.language),
    count: formatMetricValue(step.value, funnel.metric, map.language),
  });
}

function calloutHeight(map: JourneyMap, funnel: Funnel, width: number, t: Translate): number {
  const sentence = biggestDropSentence(map, funnel, t);
  if (!sentence) return 0;
  const style = PAGE_STYLES.bodyBold;
  const lines = wrapText(sentence, width - 2 * CALLOUT_PAD - 4, style, 3).lines.length;
  return Math.max(1, lines) * style.lineHeight + 2 * CALLOUT_PAD + 8;
}
