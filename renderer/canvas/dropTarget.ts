import type { MapLayout, Point } from '../../shared/layout';
import type { DropTarget } from '../store';

/**
 * Where things dragged on the canvas land, from the pointer's position in map coordinates.
 * Pure functions of the layout.
 */

/** The cell under `point` and the position among its cards (those not being moved). */
export function dropTargetAt(
  layout: MapLayout,
  point: Point,
  moving: ReadonlySet<string>,
): DropTarget | null {
  const row = layout.rows.find((r) => point.y >= r.y && point.y < r.y + r.height);
  const column = layout.columns.find((c) => point.x >= c.x && point.x < c.x + c.width);
  if (!row || !column) return null;
  const rtl = layout.direction === 'rtl';
  let index = 0;
  for (const card of layout.cards) {
    if (card.laneId !== row.laneId || card.stageId !== column.stageId || moving.has(card.id)) {
      continue;
    }
    // Emotion points sit side by side in their cell; other cards are stacked.
    const before = card.emotion
      ? rtl
        ? card.emotion.x > point.x
        : card.emotion.x < point.x
      : card.y + card.height / 2 < point.y;
    if (before) index += 1;
  }
  return { laneId: row.laneId, stageId: column.stageId, index };
}

/** The position in the stage list for a stage header dropped at `x`. */
export function stageIndexAt(layout: MapLayout, x: number): number {
  const found = layout.columns.find((c) => x >= c.x && x < c.x + c.width);
  if (found) return found.index;
  const first = layout.columns[0];
  if (!first) return 0;
  const beforeFirst = layout.direction === 'rtl' ? x >= first.x + first.width : x < first.x;
  return beforeFirst ? 0 : layout.columns.length - 1;
}

/** The position in the lane list for a lane header dropped at `y`. */
export function laneIndexAt(layout: MapLayout, y: number): number {
  const found = layout.rows.find((r) => y >= r.y && y < r.y + r.height);
  if (found) return found.index;
  return y < (layout.rows[0]?.y ?? 0) ? 0 : Math.max(0, layout.rows.length - 1);
}
