import type { MapLayout, Rect } from '../layout';
import type { CompareMark, CompareStatus, CompareView, MarkedKind } from './compareView';

/**
 * How each compare status looks, in one place for the canvas and the exports: a colour, a
 * symbol in a round badge (so that colour is never the only sign), and whether the record
 * is a ghost (drawn faded with a dashed outline: it is only in the old map).
 */
export interface CompareStyle {
  color: string;
  /** Drawn in the badge; in the bundled fonts (Noto Sans). */
  symbol: string;
  ghost: boolean;
}

export const COMPARE_STYLES: Readonly<Record<CompareStatus, CompareStyle>> = {
  added: { color: '#15803d', symbol: '+', ghost: false },
  removed: { color: '#b91c1c', symbol: '\u2212', ghost: true },
  changed: { color: '#b45309', symbol: '~', ghost: false },
  moved: { color: '#1d4ed8', symbol: '\u00bb', ghost: false },
};

/** A ghost's fill and text: this share of the way to white. */
export const GHOST_FADE = 0.65;
/** The outline's dash for ghosts, in px. */
export const GHOST_DASH: readonly number[] = [6, 4];
export const OUTLINE_WIDTH = 2.5;
export const BADGE_RADIUS = 9;

/** One record to decorate: where it is on the map, its status and how it looks. */
export interface Decoration {
  kind: MarkedKind;
  id: string;
  mark: CompareMark;
  style: CompareStyle;
  /** The record's box in map px: the outline goes round it. */
  rect: Rect;
  /** The badge's centre, on the box's top corner at the end of reading (top right in LTR). */
  badge: { cx: number; cy: number; r: number };
}

/**
 * Where and how each marked card, stage header and lane header of a compare is decorated,
 * from the layout of `view.map`. Pure; the canvas draws these with DOM and CSS, the export
 * core as scene shapes.
 */
export function compareDecorations(layout: MapLayout, view: CompareView): Decoration[] {
  const out: Decoration[] = [];
  const rtl = layout.direction === 'rtl';
  const add = (kind: MarkedKind, id: string, rect: Rect | undefined): void => {
    const mark = view.marks[kind].get(id);
    if (!mark || !rect) return;
    const cx = rtl ? rect.x + BADGE_RADIUS / 2 : rect.x + rect.width - BADGE_RADIUS / 2;
    out.push({
      kind,
      id,
      mark,
      style: COMPARE_STYLES[mark.status],
      rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      badge: { cx, cy: rect.y + BADGE_RADIUS / 2, r: BADGE_RADIUS },
    });
  };
  for (const column of layout.columns) add('stage', column.stageId, column.header);
  for (const row of layout.rows) add('lane', row.laneId, row.header);
  for (const card of layout.cards) add('card', card.id, card);
  return out;
}

/** The layout with ghosts faded: their fills and text moved towards white. */
export function fadeGhosts(layout: MapLayout, view: CompareView): MapLayout {
  const ghost = (kind: MarkedKind, id: string): boolean =>
    view.marks[kind].get(id)?.status === 'removed';
  const fade = <T extends { fill: string; textColor: string }>(item: T): T => ({
    ...item,
    fill: towardsWhite(item.fill),
    textColor: towardsWhite(item.textColor, 0.4),
  });
  const cards = layout.cards.map((card) => (ghost('card', card.id) ? fade(card) : card));
  return {
    ...layout,
    columns: layout.columns.map((c) =>
      ghost('stage', c.stageId) ? { ...c, header: fade(c.header) } : c,
    ),
    rows: layout.rows.map((r) => (ghost('lane', r.laneId) ? { ...r, header: fade(r.header) } : r)),
    cards,
    cardsById: new Map(cards.map((card) => [card.id, card])),
  };
}

/** `#rrggbb` moved towards white by `amount` (GHOST_FADE unless given). */
export function towardsWhite(color: string, amount = GHOST_FADE): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return color;
  const n = parseInt(color.slice(1), 16);
  const channel = (shift: number): string => {
    const v = (n >> shift) & 255;
    return Math.round(v + (255 - v) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}
