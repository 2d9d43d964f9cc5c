import { LAYOUT, textBlock, type HeaderLayout, type MapLayout, type Rect } from '../../layout';
import { SCENE_COLORS } from '../scene/colors';
import { textShape } from '../scene/textShape';
import type { Shape } from '../scene/types';

/**
 * The header strips a tiled sheet repeats: the stage headers above its part of the map and
 * the lane headers at its start edge. A header cut by the sheet's edge gets its name placed
 * again inside the part the sheet shows ("Consideration", not "ation"), so every sheet on the
 * wall names its stages and lanes in full.
 */
export function stageStrip(layout: MapLayout, view: Rect): Shape[] {
  const shapes: Shape[] = [];
  for (const column of layout.columns) {
    const left = Math.max(column.x, view.x);
    const right = Math.min(column.x + column.width, view.x + view.width);
    if (right <= left) continue;
    const h = column.header;
    shapes.push(...header(h, { x: left, y: h.y, width: right - left, height: h.height }, layout));
  }
  return shapes;
}

export function laneStrip(layout: MapLayout, view: Rect): Shape[] {
  const shapes: Shape[] = [];
  for (const row of layout.rows) {
    const top = Math.max(row.y, view.y);
    const bottom = Math.min(row.y + row.height, view.y + view.height);
    if (bottom <= top) continue;
    const h = row.header;
    shapes.push(...header(h, { x: h.x, y: top, width: h.width, height: bottom - top }, layout));
  }
  return shapes;
}

/** A header's box as seen on a sheet, with its name laid out again inside it. */
function header(h: HeaderLayout, box: Rect, layout: MapLayout): Shape[] {
  const rtl = layout.direction === 'rtl';
  const pad = LAYOUT.headerPaddingX;
  const name = h.name.lines.map((l) => l.text).join(' ');
  const width = Math.max(8, box.width - 2 * pad);
  const block = textBlock(
    name,
    box.x + pad,
    box.y + LAYOUT.headerPaddingY,
    width,
    h.name.style,
    rtl ? 'right' : 'left',
    Math.max(1, Math.floor((box.height - LAYOUT.headerPaddingY) / h.name.style.lineHeight)),
  );
  return [
    {
      kind: 'rect',
      ...box,
      fill: h.fill,
      stroke: { color: SCENE_COLORS.gridLine, width: 1 },
    },
    textShape(block, h.textColor, layout.direction),
  ];
}
