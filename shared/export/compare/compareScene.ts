import {
  COMPARE_STATUSES,
  COMPARE_STYLES,
  GHOST_DASH,
  OUTLINE_WIDTH,
  compareDecorations,
  fadeGhosts,
  type CompareStyle,
  type CompareView,
  type Decoration,
} from '../../compare';
import { TEXT_STYLES, layoutMap, textBlock, type TextStyle } from '../../layout';
import type { Translate } from '../../load';
import { buildScene } from '../scene/buildScene';
import { SCENE_COLORS } from '../scene/colors';
import { textShape } from '../scene/textShape';
import type { Scene, Shape } from '../scene/types';
import type { BaseDirection } from '../text/visualRuns';

/** Space between the map and the legend, and between the legend and the change list. */
const GAP = 28;
const LEGEND_STYLE: TextStyle = TEXT_STYLES.card;
const LIST_STYLE: TextStyle = TEXT_STYLES.card;
const HEADING_STYLE: TextStyle = TEXT_STYLES.stageName;
const LIST_WIDTH_MIN = 480;

/**
 * The visual compare as a scene: the new map (ghosts of removed records faded, see
 * `shared/compare`), each marked card and header outlined in its status colour with a badge
 * symbol, then under the map a legend and, with `list`, the changes in words. SVG and PNG
 * carry the list in the picture; the PDF puts it on pages of its own.
 */
export function compareScene(view: CompareView, t: Translate, options: { list: boolean }): Scene {
  const layout = fadeGhosts(layoutMap(view.map), view);
  const scene = buildScene(layout, t);
  const dir = layout.direction;
  for (const decoration of compareDecorations(layout, view)) {
    scene.shapes.push(...decorationShapes(decoration, dir));
  }
  const b = scene.bounds;
  const width = Math.max(b.width, LIST_WIDTH_MIN);
  let y = b.y + b.height + GAP;
  y = legend(scene.shapes, view, t, { x: b.x, y, width }, dir);
  if (options.list) y = changeList(scene.shapes, view, t, { x: b.x, y: y + GAP / 2, width }, dir);
  scene.bounds = { x: b.x, y: b.y, width, height: y - b.y + GAP / 2 };
  return scene;
}

/** The outline round a marked record and its badge. */
export function decorationShapes(decoration: Decoration, dir: BaseDirection): Shape[] {
  const { rect, badge, style } = decoration;
  return [
    {
      kind: 'rect',
      ...rect,
      stroke: {
        color: style.color,
        width: OUTLINE_WIDTH,
        ...(style.ghost ? { dash: GHOST_DASH } : {}),
      },
      radius: decoration.kind === 'card' ? 6 : 0,
    },
    ...statusBadge(style, badge, dir),
  ];
}

/** A round badge in the status colour with the status symbol in white. */
function statusBadge(
  style: CompareStyle,
  badge: { cx: number; cy: number; r: number },
  dir: BaseDirection,
): Shape[] {
  const symbolStyle = TEXT_STYLES.badge;
  const symbol = textBlock(
    style.symbol,
    badge.cx - badge.r,
    badge.cy - symbolStyle.lineHeight / 2,
    badge.r * 2,
    symbolStyle,
    'center',
    1,
  );
  return [
    { kind: 'circle', ...badge, fill: style.color },
    textShape(symbol, SCENE_COLORS.badgeText, dir),
  ];
}

interface Box {
  x: number;
  y: number;
  width: number;
}

/** One row: a badge and the status's name with its count, for each status; returns the bottom. */
function legend(shapes: Shape[], view: CompareView, t: Translate, box: Box, dir: BaseDirection) {
  const rtl = dir === 'rtl';
  const r = 9;
  const cellWidth = Math.min(220, box.width / COMPARE_STATUSES.length);
  COMPARE_STATUSES.forEach((status, i) => {
    const style = COMPARE_STYLES[status];
    const start = rtl ? box.x + box.width - (i + 1) * cellWidth - 2 : box.x + i * cellWidth + 2;
    const cx = rtl ? start + cellWidth - r : start + r;
    const cy = box.y + LEGEND_STYLE.lineHeight / 2;
    shapes.push(...statusBadge(style, { cx, cy, r }, dir));
    const label = textBlock(
      t('compare.legend.item', {
        status: t(`compare.status.${status}`),
        count: view.counts[status],
      }),
      rtl ? start : start + 2 * r + 6,
      box.y,
      cellWidth - 2 * r - 12,
      LEGEND_STYLE,
      rtl ? 'right' : 'left',
      1,
    );
    shapes.push(textShape(label, SCENE_COLORS.connector, dir));
  });
  return box.y + LEGEND_STYLE.lineHeight;
}

/** A heading and the changes in words, one a line (wrapped); returns the bottom. */
function changeList(
  shapes: Shape[],
  view: CompareView,
  t: Translate,
  box: Box,
  dir: BaseDirection,
): number {
  const align = dir === 'rtl' ? 'right' : 'left';
  const heading = textBlock(
    t('compare.list.heading', { count: view.entries.length }),
    box.x,
    box.y,
    box.width,
    HEADING_STYLE,
    align,
  );
  shapes.push(textShape(heading, SCENE_COLORS.blueprintLine, dir));
  let y = box.y + heading.height + 8;
  const lines = view.entries.length === 0 ? [t('compare.list.none')] : view.entries;
  for (const entry of lines) {
    const text = typeof entry === 'string' ? entry : entry.text;
    const block = textBlock(text, box.x, y, box.width, LIST_STYLE, align);
    shapes.push(textShape(block, SCENE_COLORS.connector, dir));
    y += block.height + 2;
  }
  return y;
}
