import {
  LAYOUT,
  TEXT_STYLES,
  scoreY,
  textBlock,
  textColorOn,
  type BlueprintLineLayout,
  type CardLayout,
  type MapLayout,
  type TextBlock,
  type TextStyle,
} from '../../layout';
import type { Translate } from '../../load';
import type { BaseDirection } from '../text/visualRuns';
import { personaDash } from '../../layout/personaCues';
import { badgeShapes } from './badges';
import { badgeCodes, type BadgeCodes } from './codes';
import { SCENE_COLORS, mix } from './colors';
import { metricsLaneShapes } from './metricsLane';
import { textShape as text } from './textShape';
import type { Scene, Shape, Stroke } from './types';

/**
 * The map as shapes, from its layout: grid and headers, the metrics lane, emotion curves, cards with their
 * badges, blueprint lines, connectors and sticky notes, in that paint order. `t` gives the
 * words the drawing needs (blueprint line names, badge letters).
 */
export function buildScene(layout: MapLayout, t: Translate): Scene {
  const shapes: Shape[] = [];
  const dir: BaseDirection = layout.direction;
  const codes = badgeCodes(layout, t);
  const dashes = curveDashes(layout);
  const grid: Stroke = { color: SCENE_COLORS.gridLine, width: 1 };

  // Cells first, so that headers and cards paint over their borders.
  for (const cell of layout.cells) {
    shapes.push({ kind: 'rect', ...rectOf(cell), fill: SCENE_COLORS.page, stroke: grid });
  }
  shapes.push({ kind: 'rect', ...rectOf(layout.corner), fill: SCENE_COLORS.corner, stroke: grid });
  for (const column of layout.columns) {
    const h = column.header;
    shapes.push({ kind: 'rect', ...rectOf(h), fill: h.fill, stroke: grid });
    shapes.push(text(h.name, h.textColor, dir));
    if (h.description) shapes.push(text(h.description, h.textColor, dir));
  }
  if (layout.metrics) shapes.push(...metricsLaneShapes(layout.metrics, t, dir));
  for (const row of layout.rows) {
    const h = row.header;
    shapes.push({ kind: 'rect', ...rectOf(h), fill: h.fill, stroke: grid });
    shapes.push(text(h.name, h.textColor, dir));
    if (row.kind === 'emotions') shapes.push(...neutralLine(layout, row.y, row.height));
  }
  for (const curve of layout.emotionCurves) {
    const start = curve.points[0];
    if (!start || curve.segments.length === 0) continue;
    const dash = dashes.get(curve.personaId);
    shapes.push({
      kind: 'curve',
      start,
      segments: curve.segments,
      stroke: { color: curve.color, width: 2.5, ...(dash ? { dash } : {}) },
    });
  }
  for (const card of layout.cards) shapes.push(...cardShapes(card, dir, codes));
  const blueprint = layout.blueprintLines.flatMap((line) => blueprintLine(line, layout, dir, t));
  shapes.push(...blueprint);
  for (const connector of layout.connectors) {
    const stroke: Stroke = {
      color: SCENE_COLORS.connector,
      width: 1.5,
      ...(connector.kind === 'dependency' ? { dash: [5, 4] } : {}),
    };
    shapes.push({ kind: 'polyline', points: connector.points, stroke, arrow: true });
    if (connector.label) {
      shapes.push({ kind: 'rect', ...padRect(connector.label, 3), fill: SCENE_COLORS.label });
      shapes.push(text(connector.label, SCENE_COLORS.connector, dir));
    }
  }
  for (const note of layout.notes) {
    shapes.push({
      kind: 'rect',
      ...rectOf(note),
      fill: note.fill,
      stroke: { color: mix(note.fill, '#000000', 0.15), width: 1 },
      radius: 2,
    });
    shapes.push(text(note.text, note.textColor, dir));
  }
  return { bounds: layout.bounds, shapes, blueprint };
}

function rectOf(r: { x: number; y: number; width: number; height: number }) {
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

function padRect(block: TextBlock, pad: number) {
  return {
    x: block.x - pad,
    y: block.y - pad / 2,
    width: block.width + 2 * pad,
    height: block.height + pad,
  };
}

/** The 0 level of an emotion lane, dashed across its cells. */
function neutralLine(layout: MapLayout, y: number, height: number): Shape[] {
  const level = scoreY(0, y, height);
  const xs = layout.columns.flatMap((c) => [c.x, c.x + c.width]);
  if (xs.length === 0) return [];
  return [
    {
      kind: 'polyline',
      points: [
        { x: Math.min(...xs), y: level },
        { x: Math.max(...xs), y: level },
      ],
      stroke: { color: SCENE_COLORS.neutralLine, width: 1, dash: [4, 4] },
    },
  ];
}

/**
 * Dash patterns of the emotion curves by persona, when a map has curves of several personas:
 * the second cue besides colour, explained by the legend. One curve stays solid.
 */
export function curveDashes(layout: MapLayout): Map<string | null, readonly number[] | undefined> {
  const personas = [...new Set(layout.emotionCurves.map((c) => c.personaId))];
  const dashes = new Map<string | null, readonly number[] | undefined>();
  if (personas.length > 1) personas.forEach((id, i) => dashes.set(id, personaDash(i)));
  return dashes;
}

/** The score inside an emotion point's dot. */
const SCORE_STYLE: TextStyle = { fontSize: 10, lineHeight: 12, weight: 'bold' };

/** An emotion point's dot: big enough to carry its score, as the canvas shows it. */
export const EMOTION_DOT_RADIUS = LAYOUT.emotionDotRadius + 3;

/** A score as printed: +2, +1, 0, −1, −2 (a real minus sign). */
export function scoreLabel(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0';
}

/** The dot of an emotion point with its score inside (hollow, without a number, if unscored). */
export function emotionDot(
  x: number,
  y: number,
  color: string,
  score: number | null,
  dir: BaseDirection,
): Shape[] {
  const r = EMOTION_DOT_RADIUS;
  if (score === null) {
    return [
      { kind: 'circle', cx: x, cy: y, r, fill: SCENE_COLORS.page, stroke: { color, width: 2 } },
    ];
  }
  const style = SCORE_STYLE;
  const label = textBlock(
    scoreLabel(score),
    x - r,
    y - style.lineHeight / 2,
    2 * r,
    style,
    'center',
  );
  return [
    {
      kind: 'circle',
      cx: x,
      cy: y,
      r,
      fill: color,
      stroke: { color: SCENE_COLORS.page, width: 1.5 },
    },
    text(label, textColorOn(color), dir),
  ];
}

function cardShapes(card: CardLayout, dir: BaseDirection, codes: BadgeCodes): Shape[] {
  const shapes: Shape[] = [];
  const border: Stroke = { color: mix(card.fill, '#000000', 0.18), width: 1 };
  if (card.emotion) {
    const e = card.emotion;
    shapes.push(...emotionDot(e.x, e.y, e.color, e.scored ? e.score : null, dir));
    if (card.text.lines.length > 0) {
      shapes.push({ kind: 'rect', ...rectOf(card), fill: card.fill, stroke: border, radius: 4 });
      shapes.push(text(card.text, card.textColor, dir));
    }
    return shapes;
  }
  shapes.push({
    kind: 'rect',
    ...rectOf(card),
    fill: card.fill,
    stroke: border,
    radius: LAYOUT.cardRadius,
  });
  shapes.push(text(card.text, card.textColor, dir));
  if (card.metric) shapes.push(text(card.metric, card.textColor, dir));
  if (card.metricTarget) {
    const target = card.metricTarget;
    const icon = LAYOUT.targetIconWidth;
    const cx = dir === 'rtl' ? target.x + target.width + icon / 2 : target.x - icon / 2;
    const cy = target.y + target.style.lineHeight / 2;
    const stroke: Stroke = { color: card.textColor, width: 1.2 };
    shapes.push({ kind: 'circle', cx, cy, r: 5, stroke });
    shapes.push({ kind: 'circle', cx, cy, r: 1.8, fill: card.textColor });
    shapes.push(text(target, card.textColor, dir));
  }
  for (const badge of card.badges) shapes.push(...badgeShapes(badge, dir, codes));
  return shapes;
}

const LINE_DASH: Record<BlueprintLineLayout['line'], readonly number[] | undefined> = {
  interaction: undefined,
  visibility: [8, 5],
  internalInteraction: [2, 4],
};

/** A blueprint line across the map, its name above it at the lane header's start edge. */
function blueprintLine(
  line: BlueprintLineLayout,
  layout: MapLayout,
  dir: BaseDirection,
  t: Translate,
): Shape[] {
  const stroke: Stroke = { color: SCENE_COLORS.blueprintLine, width: 2 };
  const dash = LINE_DASH[line.line];
  if (dash) stroke.dash = dash;
  const style = TEXT_STYLES.connectorLabel;
  const header = layout.rows[0]?.header;
  const x = header ? header.x + LAYOUT.headerPaddingX / 2 : line.x1;
  const width = (header?.width ?? LAYOUT.laneHeaderWidth) - LAYOUT.headerPaddingX;
  const label = textBlock(
    t(`export.blueprintLines.${line.line}`),
    x,
    line.y - style.lineHeight - 2,
    width,
    style,
    dir === 'rtl' ? 'right' : 'left',
    1,
  );
  return [
    {
      kind: 'polyline',
      points: [
        { x: line.x1, y: line.y },
        { x: line.x2, y: line.y },
      ],
      stroke,
    },
    text(label, SCENE_COLORS.blueprintLine, dir),
  ];
}
