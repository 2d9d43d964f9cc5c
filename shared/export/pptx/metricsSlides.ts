import type PptxGenJS from 'pptxgenjs';
import type { Translate } from '../../load';
import {
  formatMetricValue,
  funnelText,
  metricRows,
  type Funnel,
  type MetricRow,
} from '../../metrics';
import type { JourneyMap } from '../../model';
import { hasMetricsPage, pageFunnels } from '../pdf/metricsPages';
import type { SlideSize } from '../options';
import {
  addHeading,
  HEADER_FILL,
  MUTED_COLOR,
  paragraph,
  RULE_COLOR,
  textOptions,
  type DeckStyle,
} from './deckStyle';
import {
  BOTTOM_SPACE,
  CELL_MARGIN,
  CONTENT_Y,
  lineHeightIn,
  MARGIN,
  PT,
  SLIDE_INCHES,
  textHeightIn,
} from './frame';
import { LANE_COLUMN, planMapSlides } from './mapSlidePlan';

/**
 * The map's stage metrics on slides, as the PDF's "Journey metrics" pages show them: a native
 * table of every metric's latest value per stage with the change since the snapshot before,
 * and the first count metric's funnel as a native bar chart with its biggest drop in words.
 */

export interface MetricsTableSlide {
  /** Indexes of the slide's stages in the order they are drawn (reversed right to left). */
  columns: number[];
  rows: MetricRow[];
  continued: boolean;
}

export interface MetricsSlides {
  tables: MetricsTableSlide[];
  /** The first count metric whose latest snapshot spans two stages or more. */
  funnel?: Funnel;
}

/**
 * The stages go in the map slides' groups (so a stage stands in the same group on both), the
 * metrics as rows, as many to a slide as fit below the stage names.
 */
export function planMetricsSlides(map: JourneyMap, size: SlideSize): MetricsSlides {
  if (!hasMetricsPage(map) || map.stages.length === 0) return { tables: [] };
  const groups = stageGroups(map, size);
  const rows = metricRows(map).filter((row) => row.values.size > 0);
  const padding = CELL_MARGIN[0] + CELL_MARGIN[2];
  const nameWidth = LANE_COLUMN - CELL_MARGIN[1] - CELL_MARGIN[3];
  const tableHeight = SLIDE_INCHES[size].height - CONTENT_Y - BOTTOM_SPACE;
  const tables: MetricsTableSlide[] = [];
  for (const columns of groups) {
    const inner = columnWidth(size, columns.length) - CELL_MARGIN[1] - CELL_MARGIN[3];
    const header =
      padding +
      Math.max(
        ...columns.map((si) => textHeightIn(map.stages[si]?.name ?? '', PT.table, inner, true)),
      );
    const budget = tableHeight - header;
    let current: MetricRow[] = [];
    let used = 0;
    for (const row of rows) {
      // A cell holds the value and the change below it: two lines.
      const height =
        padding +
        Math.max(2 * lineHeightIn(PT.table), textHeightIn(row.metric.name, PT.table, nameWidth));
      if (current.length > 0 && used + height > budget) {
        tables.push({ columns, rows: current, continued: tables.length > 0 });
        current = [];
        used = 0;
      }
      current.push(row);
      used += height;
    }
    tables.push({ columns, rows: current, continued: tables.length > 0 });
  }
  const funnel = pageFunnels(map)[0];
  return funnel ? { tables, funnel } : { tables };
}

/** The map slides' stage groups in drawing order; all stages in one when the map has no lanes. */
function stageGroups(map: JourneyMap, size: SlideSize): number[][] {
  const groups = new Map<number, number[]>();
  for (const part of planMapSlides(map, size).slides) {
    const first = part.stages[0];
    if (first !== undefined && !groups.has(first)) groups.set(first, part.columns);
  }
  if (groups.size > 0) return [...groups.values()];
  const all = map.stages.map((_, i) => i);
  return [map.direction === 'rtl' ? all.reverse() : all];
}

function columnWidth(size: SlideSize, stages: number): number {
  return (SLIDE_INCHES[size].width - 2 * MARGIN - LANE_COLUMN) / Math.max(1, stages);
}

/**
 * A change as signed text: "+620", "−3.5" (a minus sign, not ▲▼: the slide fonts lack those
 * glyphs). A left-to-right mark keeps the sign before the digits in right-to-left paragraphs.
 */
export function signedChange(change: number, row: MetricRow, language: string): string {
  const sign = change > 0 ? '+' : change < 0 ? '\u2212' : '';
  return `\u200e${sign}${formatMetricValue(Math.abs(change), row.metric, language)}`;
}

export function drawMetricsTableSlide(
  slide: PptxGenJS.Slide,
  style: DeckStyle,
  map: JourneyMap,
  part: MetricsTableSlide,
  size: SlideSize,
  t: Translate,
): void {
  const title = t('export.metricsPage.title');
  addHeading(slide, style, part.continued ? t('pptx.continued', { title }) : title);
  const base = { ...textOptions(style, PT.table), margin: CELL_MARGIN, valign: 'top' as const };
  const headerCell = (text: string): PptxGenJS.TableCell => ({
    text,
    options: {
      ...base,
      ...textOptions(style, PT.table, text),
      bold: true,
      fill: { color: HEADER_FILL },
    },
  });
  // The stage columns are already in drawing order; right to left the metric names stand at the right.
  const row = (name: PptxGenJS.TableCell, cells: PptxGenJS.TableCell[]) =>
    style.rtl ? [...cells, name] : [name, ...cells];
  const header = row(
    headerCell(t('metrics.funnel.metric')),
    part.columns.map((si) => headerCell(map.stages[si]?.name ?? '')),
  );
  const body = part.rows.map((metric) =>
    row(
      headerCell(metric.metric.name),
      part.columns.map((si): PptxGenJS.TableCell => {
        const value = metric.values.get(map.stages[si]?.id ?? '');
        if (!value) return { text: '', options: base };
        const latest = formatMetricValue(value.latest.value, metric.metric, style.lang);
        const lines = [paragraph(style, latest, PT.table, { breakLine: true })];
        if (value.change !== undefined) {
          const change = signedChange(value.change, metric, style.lang);
          lines.push(paragraph(style, change, PT.table, { color: MUTED_COLOR }));
        }
        return { text: lines, options: base };
      }),
    ),
  );
  const columns = part.columns.map(() => columnWidth(size, part.columns.length));
  slide.addTable([header, ...body], {
    x: MARGIN,
    y: CONTENT_Y,
    w: LANE_COLUMN + columns.reduce((a, b) => a + b, 0),
    colW: style.rtl ? [...columns, LANE_COLUMN] : [LANE_COLUMN, ...columns],
    border: { type: 'solid', pt: 0.75, color: RULE_COLOR },
  });
}

export function drawFunnelSlide(
  slide: PptxGenJS.Slide,
  style: DeckStyle,
  map: JourneyMap,
  funnel: Funnel,
  t: Translate,
): void {
  addHeading(
    slide,
    style,
    t('export.metricsPage.funnelTitle', { metric: funnel.metric.name, date: funnel.date }),
  );
  const words = funnelText(map, funnel, t);
  const reading = <T>(items: T[]): T[] => (style.rtl ? [...items].reverse() : items);
  const sentenceHeight = words.biggestDrop ? 2 * lineHeightIn(PT.body) + 0.1 : 0;
  const chartHeight = style.height - CONTENT_Y - BOTTOM_SPACE - sentenceHeight;
  slide.addChart(
    'bar',
    [
      {
        name: funnel.metric.name,
        labels: reading(words.steps.map((s) => s.stageName)),
        values: reading(funnel.steps.map((s) => s.value)),
      },
    ],
    {
      x: MARGIN,
      y: CONTENT_Y,
      w: style.width - 2 * MARGIN,
      h: chartHeight,
      barDir: 'col',
      chartColors: [style.brand],
      showValue: true,
      dataLabelFontSize: PT.chart,
      dataLabelFontFace: style.font,
      dataLabelPosition: 'outEnd',
      valAxisLabelFontSize: PT.chart,
      valAxisLabelFontFace: style.font,
      valGridLine: { color: RULE_COLOR, size: 0.75 },
      catAxisLabelFontSize: PT.chart,
      catAxisLabelFontFace: style.font,
      catAxisLabelColor: MUTED_COLOR,
      showLegend: false,
    },
  );
  if (words.biggestDrop) {
    slide.addText(words.biggestDrop, {
      ...textOptions(style, PT.body, words.biggestDrop),
      x: MARGIN,
      y: CONTENT_Y + chartHeight + 0.1,
      w: style.width - 2 * MARGIN,
      h: sentenceHeight - 0.1,
      valign: 'top',
      margin: 0,
      fit: 'none',
    });
  }
}
