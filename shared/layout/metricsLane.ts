import { formatMetricChange, formatMetricValue, metricRows, type StageValue } from '../metrics';
import type { JourneyMap, Metric } from '../model';
import type { LayoutCache } from './cache';
import { LAYOUT, TEXT_STYLES } from './constants';
import { textWidth, type TextStyle } from './measure';
import { textBlock } from './textBlock';
import type {
  MetricChangeLayout,
  MetricLineLayout,
  MetricsCellLayout,
  MetricsLaneLayout,
  Rect,
  TextAlign,
} from './types';

/**
 * The metrics lane: for each stage, one line per metric with the latest value, the change
 * since the previous snapshot (an arrow and its size) and the target's mark, on the line of
 * the metric's name in the header column. Numbers are written as the map's language writes
 * them (`shared/metrics` formats them for every surface). The arrows and marks are boxes
 * for the canvas and the scene to draw as shapes: the bundled fonts have no ▲▼✓✗ glyphs,
 * and a PDF cannot fall back on a system font.
 */

const { headerPaddingX, cellPaddingX, metricsPaddingY } = LAYOUT;
const { metricsGap, metricsArrowSize, metricsMarkSize, metricsTitleGap } = LAYOUT;
const LINE = TEXT_STYLES.metricValue.lineHeight;
const TITLE = TEXT_STYLES.laneName.lineHeight;

export interface MetricsLaneInput {
  map: Pick<JourneyMap, 'metrics' | 'measurements' | 'stages' | 'language'>;
  /** Top edge of the lane (the stage headers' bottom). */
  y: number;
  /** x of each stage's column, in stage order. */
  columnX: readonly number[];
  columnWidth: number;
  headerX: number;
  headerWidth: number;
  rtl: boolean;
  cache?: LayoutCache;
}

/** Height of the lane for `count` metrics: the title, then a line per metric. */
export function metricsLaneHeight(count: number): number {
  return 2 * metricsPaddingY + TITLE + metricsTitleGap + count * LINE;
}

/**
 * A one-line text's box width: its measured width and a hair more, so that the wrapper
 * (which measures word by word, and mixed scripts by run) never breaks or cuts it.
 */
function naturalWidth(text: string, style: TextStyle): number {
  return Math.ceil(textWidth(text, style) + 1);
}

/** The lane, or undefined when the map has no metrics (no row at all then). */
export function layoutMetricsLane(input: MetricsLaneInput): MetricsLaneLayout | undefined {
  const { map, cache } = input;
  if (map.metrics.length === 0) return undefined;
  const key = [input.y, input.columnWidth, input.headerX, input.headerWidth, input.rtl]
    .concat(input.columnX)
    .join(' ');
  const cached = cache?.metricsLanes.get(map.measurements);
  if (
    cached &&
    cached.key === key &&
    cached.metrics === map.metrics &&
    cached.stages === map.stages &&
    cached.language === map.language
  ) {
    return cached.layout;
  }
  const layout = buildLane(input);
  cache?.metricsLanes.set(map.measurements, {
    key,
    metrics: map.metrics,
    stages: map.stages,
    language: map.language,
    layout,
  });
  return layout;
}

function buildLane(input: MetricsLaneInput): MetricsLaneLayout {
  const { map, y, columnWidth, headerX, headerWidth, rtl } = input;
  const align: TextAlign = rtl ? 'right' : 'left';
  const rows = metricRows(map);
  const height = metricsLaneHeight(rows.length);
  const firstLine = y + metricsPaddingY + TITLE + metricsTitleGap;
  const lineY = (i: number): number => firstLine + i * LINE;
  const names = rows.map((row, i) =>
    textBlock(
      row.metric.name,
      headerX + headerPaddingX,
      lineY(i),
      headerWidth - 2 * headerPaddingX,
      TEXT_STYLES.metricName,
      align,
      1,
    ),
  );
  const title: Rect = {
    x: headerX + headerPaddingX,
    y: y + metricsPaddingY,
    width: headerWidth - 2 * headerPaddingX,
    height: TITLE,
  };
  const cells: MetricsCellLayout[] = map.stages.map((stage, si) => {
    const x = input.columnX[si] ?? 0;
    const lines: MetricLineLayout[] = [];
    rows.forEach((row, i) => {
      const value = row.values.get(stage.id);
      if (!value) return;
      const inner = { x: x + cellPaddingX, y: lineY(i), width: columnWidth - 2 * cellPaddingX };
      lines.push(metricLine(row.metric, value, inner, map.language, rtl));
    });
    return { stageId: stage.id, x, y, width: columnWidth, height, lines };
  });
  return {
    x: Math.min(headerX, ...input.columnX),
    y,
    width: headerWidth + map.stages.length * columnWidth,
    height,
    header: { x: headerX, y, width: headerWidth, height, title, names },
    metricIds: rows.map((row) => row.metric.id),
    cells,
  };
}

/**
 * One line, laid out from the start edge: the value, the change's arrow and size; the
 * target's mark at the end edge. RTL lines run from the right.
 */
function metricLine(
  metric: Metric,
  value: StageValue,
  box: { x: number; y: number; width: number },
  language: string,
  rtl: boolean,
): MetricLineLayout {
  const align: TextAlign = rtl ? 'right' : 'left';
  /** x of a piece `w` wide that starts `offset` from the start edge. */
  const at = (offset: number, w: number): number =>
    rtl ? box.x + box.width - offset - w : box.x + offset;
  const markRoom = value.targetMet === undefined ? 0 : metricsMarkSize + metricsGap;
  const room = box.width - markRoom;
  const valueText = formatMetricValue(value.latest.value, metric, language);
  const valueWidth = Math.min(room, naturalWidth(valueText, TEXT_STYLES.metricValue));
  const line: MetricLineLayout = {
    metricId: metric.id,
    value: textBlock(
      valueText,
      at(0, valueWidth),
      box.y,
      valueWidth,
      TEXT_STYLES.metricValue,
      align,
      1,
    ),
  };
  if (value.trend !== undefined && value.change !== undefined) {
    const same = value.trend === 'same';
    let offset = valueWidth + metricsGap;
    const arrow: Rect = {
      x: at(offset, metricsArrowSize),
      y: box.y + (LINE - metricsArrowSize) / 2,
      width: metricsArrowSize,
      height: metricsArrowSize,
    };
    if (!same) offset += metricsArrowSize + 2;
    // "= 0" when it stayed the same; else the size alone, the arrow says which way.
    const text = same
      ? formatMetricChange(0, metric, language)
      : formatMetricValue(Math.abs(value.change), metric, language);
    const natural = Math.min(
      Math.max(0, room - offset),
      naturalWidth(text, TEXT_STYLES.metricChange),
    );
    const block = textBlock(
      text,
      at(offset, natural),
      box.y,
      natural,
      TEXT_STYLES.metricChange,
      align,
      1,
    );
    const change: MetricChangeLayout = { trend: value.trend, text: block };
    if (!same) change.arrow = arrow;
    if (value.improved !== undefined) change.improved = value.improved;
    line.change = change;
  }
  if (value.targetMet !== undefined) {
    const markX = rtl ? box.x : box.x + box.width - metricsMarkSize;
    const mark = {
      x: markX,
      y: box.y + (LINE - metricsMarkSize) / 2,
      width: metricsMarkSize,
      height: metricsMarkSize,
    };
    line.target = { met: value.targetMet, mark };
  }
  return line;
}
