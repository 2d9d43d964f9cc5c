import {
  TEXT_STYLES,
  textBlock,
  type MetricChangeLayout,
  type MetricsLaneLayout,
  type Rect,
} from '../../layout';
import type { Translate } from '../../load';
import type { BaseDirection } from '../text/visualRuns';
import { SCENE_COLORS } from './colors';
import type { LegendItem } from './legend';
import { textShape } from './textShape';
import type { Shape, Stroke } from './types';

/**
 * The metrics lane as shapes: its band, the title and metric names in the header column,
 * and per stage each metric's value, its change (a triangle pointing up or down, green for
 * good news, red for bad) and its target's mark (✓ met, ✗ missed). Arrows and marks are
 * shapes, not glyphs: the bundled fonts have no ▲▼✓✗, and a PDF must not fall back.
 */
export function metricsLaneShapes(
  lane: MetricsLaneLayout,
  t: Translate,
  dir: BaseDirection,
): Shape[] {
  const grid: Stroke = { color: SCENE_COLORS.gridLine, width: 1 };
  const shapes: Shape[] = [];
  for (const cell of lane.cells) {
    shapes.push({ kind: 'rect', ...rectOf(cell), fill: SCENE_COLORS.metricsFill, stroke: grid });
  }
  const { header } = lane;
  shapes.push({ kind: 'rect', ...rectOf(header), fill: SCENE_COLORS.corner, stroke: grid });
  const title = textBlock(
    t('metrics.lane.title'),
    header.title.x,
    header.title.y,
    header.title.width,
    TEXT_STYLES.laneName,
    dir === 'rtl' ? 'right' : 'left',
    1,
  );
  shapes.push(textShape(title, SCENE_COLORS.metricsText, dir));
  for (const name of header.names) shapes.push(textShape(name, SCENE_COLORS.metricsMuted, dir));
  for (const cell of lane.cells) {
    for (const line of cell.lines) {
      shapes.push(textShape(line.value, SCENE_COLORS.metricsText, dir));
      if (line.change) shapes.push(...changeShapes(line.change, dir));
      if (line.target) shapes.push(...targetMark(line.target.met, line.target.mark));
    }
  }
  return shapes;
}

/** The colour of a change: green for good news, red for bad, grey when neither. */
export function newsColor(improved: boolean | undefined): string {
  if (improved === undefined) return SCENE_COLORS.metricsMuted;
  return improved ? SCENE_COLORS.good : SCENE_COLORS.bad;
}

function changeShapes(change: MetricChangeLayout, dir: BaseDirection): Shape[] {
  const color = newsColor(change.improved);
  const shapes: Shape[] = [];
  if (change.arrow) shapes.push(trendArrow(change.arrow, change.trend === 'up', color));
  shapes.push(textShape(change.text, color, dir));
  return shapes;
}

/** A filled triangle in `box` pointing up or down: an arrowhead on a stroke its own length. */
export function trendArrow(box: Rect, up: boolean, color: string): Shape {
  const cx = box.x + box.width / 2;
  const top = { x: cx, y: box.y };
  const bottom = { x: cx, y: box.y + box.height };
  return {
    kind: 'polyline',
    points: up ? [bottom, top] : [top, bottom],
    stroke: { color, width: 1 },
    arrow: true,
  };
}

/** A tick (met) or a cross (missed) in `box`. */
export function targetMark(met: boolean, box: Rect): Shape[] {
  const { x, y, width: w, height: h } = box;
  const stroke: Stroke = { color: met ? SCENE_COLORS.good : SCENE_COLORS.bad, width: 1.8 };
  if (met) {
    const tick = [
      { x: x + w * 0.1, y: y + h * 0.55 },
      { x: x + w * 0.4, y: y + h * 0.85 },
      { x: x + w * 0.9, y: y + h * 0.15 },
    ];
    return [{ kind: 'polyline', points: tick, stroke }];
  }
  const p = 0.15;
  return [
    {
      kind: 'polyline',
      points: [
        { x: x + w * p, y: y + h * p },
        { x: x + w * (1 - p), y: y + h * (1 - p) },
      ],
      stroke,
    },
    {
      kind: 'polyline',
      points: [
        { x: x + w * (1 - p), y: y + h * p },
        { x: x + w * p, y: y + h * (1 - p) },
      ],
      stroke,
    },
  ];
}

/** What the lane's colours and marks mean, for the marks the lane shows. */
export function metricsLegend(lane: MetricsLaneLayout, t: Translate): LegendItem[] {
  const lines = lane.cells.flatMap((cell) => cell.lines);
  const box = (x: number, y: number): Rect => ({ x: x + 4, y: y + 4, width: 8, height: 8 });
  const mark = (x: number, y: number): Rect => ({ x: x + 3, y: y + 3, width: 10, height: 10 });
  const items: LegendItem[] = [];
  if (lines.some((l) => l.change?.improved === true)) {
    items.push({
      symbol: (x, y) => [trendArrow(box(x, y), true, SCENE_COLORS.good)],
      label: t('metrics.legend.better'),
    });
  }
  if (lines.some((l) => l.change?.improved === false)) {
    items.push({
      symbol: (x, y) => [trendArrow(box(x, y), false, SCENE_COLORS.bad)],
      label: t('metrics.legend.worse'),
    });
  }
  for (const met of [true, false]) {
    if (!lines.some((l) => l.target?.met === met)) continue;
    items.push({
      symbol: (x, y) => targetMark(met, mark(x, y)),
      label: t(met ? 'metrics.legend.targetMet' : 'metrics.legend.targetMissed'),
    });
  }
  return items;
}

function rectOf(r: Rect): Rect {
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}
