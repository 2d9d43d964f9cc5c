import type PptxGenJS from 'pptxgenjs';
import { layoutMap } from '../../layout';
import type { Translate } from '../../load';
import { SCORE_MAX, SCORE_MIN, type JourneyMap, type Lane } from '../../model';
import { addHeading, MUTED_COLOR, RULE_COLOR, type DeckStyle } from './deckStyle';
import { BOTTOM_SPACE, CONTENT_Y, hex, MARGIN, PT } from './frame';

/**
 * Each emotion lane as a native PowerPoint line chart (the client can restyle it and edit its
 * numbers): one series per persona, the stages as categories. Which card belongs to which
 * persona's curve is the layout's rule (its `emotionCurves`), so chart and map agree; a stage
 * with several of a persona's points shows their mean, one without any a gap.
 */

export interface EmotionSeries {
  name: string;
  color: string;
  /** One value per stage, in the order the chart reads (stage order; reversed right to left). */
  values: (number | null)[];
}

export interface EmotionChart {
  lane: Lane;
  labels: string[];
  series: EmotionSeries[];
}

export function emotionCharts(map: JourneyMap): EmotionChart[] {
  const layout = layoutMap(map);
  const cards = new Map(map.cards.map((card) => [card.id, card]));
  const stageIndex = new Map(map.stages.map((stage, i) => [stage.id, i]));
  const personas = new Map(map.personas.map((p) => [p.id, p]));
  const reading = <T>(items: T[]): T[] => (map.direction === 'rtl' ? [...items].reverse() : items);
  const charts: EmotionChart[] = [];
  for (const lane of map.lanes) {
    if (lane.kind !== 'emotions') continue;
    const series: EmotionSeries[] = [];
    for (const curve of layout.emotionCurves) {
      if (curve.laneId !== lane.id || curve.points.length === 0) continue;
      const sums = map.stages.map(() => ({ total: 0, count: 0 }));
      for (const point of curve.points) {
        const card = cards.get(point.cardId);
        const sum = sums[stageIndex.get(card?.stageId ?? '') ?? -1];
        if (!card || !sum) continue;
        sum.total += card.score ?? 0; // an unscored point sits at 0 on the map too
        sum.count += 1;
      }
      const persona = curve.personaId === null ? undefined : personas.get(curve.personaId);
      series.push({
        name: persona?.name || lane.name,
        color: hex(curve.color),
        values: reading(
          sums.map((s) => (s.count === 0 ? null : Math.round((s.total / s.count) * 100) / 100)),
        ),
      });
    }
    if (series.length > 0) {
      charts.push({ lane, labels: reading(map.stages.map((s) => s.name)), series });
    }
  }
  return charts;
}

export function drawEmotionSlide(
  slide: PptxGenJS.Slide,
  style: DeckStyle,
  chart: EmotionChart,
  t: Translate,
): void {
  addHeading(slide, style, t('pptx.emotionTitle', { lane: chart.lane.name }));
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: chart.labels,
    // a stage without a point is left blank and the line spans it, as the map's curve does; pptxgenjs's type wants numbers.
    values: s.values as number[],
  }));
  slide.addChart('line', data, {
    x: MARGIN,
    y: CONTENT_Y,
    w: style.width - 2 * MARGIN,
    h: style.height - CONTENT_Y - BOTTOM_SPACE,
    chartColors: chart.series.map((s) => s.color),
    lineSize: 2.5,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 8,
    displayBlanksAs: 'span',
    valAxisMinVal: SCORE_MIN,
    valAxisMaxVal: SCORE_MAX,
    valAxisMajorUnit: 1,
    valAxisTitle: t('export.legend.score'),
    showValAxisTitle: true,
    valAxisTitleFontSize: PT.chart,
    valAxisTitleColor: MUTED_COLOR,
    valAxisLabelFontSize: PT.chart,
    valAxisLabelFontFace: style.font,
    valGridLine: { color: RULE_COLOR, size: 0.75 },
    catAxisLabelFontSize: PT.chart,
    catAxisLabelFontFace: style.font,
    catAxisLabelColor: MUTED_COLOR,
    catAxisLabelPos: 'low',
    showLegend: true,
    legendPos: 'b',
    legendFontSize: PT.chart,
    legendFontFace: style.font,
  });
}
