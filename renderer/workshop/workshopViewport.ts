import { TEXT_STYLES, type MapLayout } from '../../shared/layout';
import { CARD_FIELDS_BY_KIND } from '../../shared/model';

/** Card text as seen from the back of a room: font size × zoom, in screen px. */
export const FOCUS_TEXT_PX = 28;
export const OVERVIEW_TEXT_PX = 16;
/** The most a stage in focus is zoomed. */
export const WORKSHOP_MAX_ZOOM = 3;
const MARGIN = 16;

/**
 * Workshop mode's grid: slightly narrower columns and lane names, so that a six-stage map
 * fits a 1920 px projector whole at 16 px card text (1,496 px of map × 1.23).
 */
export const WORKSHOP_LAYOUT = { columnWidth: 228, laneHeaderWidth: 128 } as const;

export interface Screen {
  width: number;
  height: number;
  /** Room the workshop's bars take at the top and the bottom. */
  top: number;
  bottom: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The rows whose cards take votes (pain points, opportunities), top to bottom; null if none. */
export function votingRows(layout: MapLayout): { top: number; bottom: number } | null {
  const rows = layout.rows.filter((row) => CARD_FIELDS_BY_KIND[row.kind].includes('votes'));
  if (rows.length === 0) return null;
  return {
    top: Math.min(...rows.map((r) => r.y)),
    bottom: Math.max(...rows.map((r) => r.y + r.height)),
  };
}

/**
 * Where workshop mode puts the map: the stage in focus in the middle at a zoom that makes
 * card text at least 28 px on screen; the whole map (no stage in focus) at least 16 px, as
 * wide as fits. Vertically the lanes being voted on are always in view, under the frozen
 * stage headers and above the bottom bar, when the map is taller than the screen.
 */
export function workshopViewport(
  layout: MapLayout,
  focusStageId: string | null,
  screen: Screen,
): Viewport {
  const card = TEXT_STYLES.card.fontSize;
  const room = screen.height - screen.top - screen.bottom;
  const column = layout.columns.find((c) => c.stageId === focusStageId);
  let zoom: number;
  let x: number;
  if (column) {
    const whole = room / Math.max(1, layout.height);
    zoom = Math.min(WORKSHOP_MAX_ZOOM, Math.max(FOCUS_TEXT_PX / card, whole));
    x = screen.width / 2 - (column.x + column.width / 2) * zoom;
  } else {
    const wide = (screen.width - 2 * MARGIN) / Math.max(1, layout.width);
    zoom = Math.max(OVERVIEW_TEXT_PX / card, Math.min(wide, room / Math.max(1, layout.height)));
    const left = (screen.width - layout.width * zoom) / 2;
    // Too wide for the screen: the start of the map shows (its right end in RTL maps).
    x =
      left >= MARGIN
        ? left
        : layout.direction === 'rtl'
          ? screen.width - MARGIN - layout.width * zoom
          : MARGIN;
  }
  let y = screen.top;
  const votes = votingRows(layout);
  if (layout.height * zoom > room && votes) {
    const header = layout.corner.height * zoom;
    // The voting lanes' foot just above the bottom bar, or their top under the headers when
    // they are taller than the screen: the top of what is voted on is what must show.
    const footUp = screen.height - screen.bottom - votes.bottom * zoom;
    const topDown = screen.top + header - votes.top * zoom;
    y = Math.min(screen.top, (votes.bottom - votes.top) * zoom <= room - header ? footUp : topDown);
  }
  return { x, y, zoom };
}
