import type { LayoutCache } from './cache';
import type { TextStyle } from './measure';

/**
 * Sizes of everything the layout places, in px at zoom 1. The canvas CSS and the exporters
 * use these same numbers (import them; do not copy them), so that what you see is what you get.
 */

/** Text styles of the map: font size, line height and weight. */
export const TEXT_STYLES = {
  card: { fontSize: 13, lineHeight: 18, weight: 'regular' },
  /** A KPI card's figure. */
  metric: { fontSize: 18, lineHeight: 24, weight: 'bold' },
  /** A KPI card's target, after the target icon. */
  metricTarget: { fontSize: 12, lineHeight: 16, weight: 'regular' },
  stageName: { fontSize: 15, lineHeight: 20, weight: 'bold' },
  stageDescription: { fontSize: 12, lineHeight: 16, weight: 'regular' },
  laneName: { fontSize: 14, lineHeight: 19, weight: 'bold' },
  emotionLabel: { fontSize: 12, lineHeight: 16, weight: 'regular' },
  connectorLabel: { fontSize: 11, lineHeight: 14, weight: 'regular' },
  note: { fontSize: 13, lineHeight: 18, weight: 'regular' },
  /** The number in a votes badge. */
  badge: { fontSize: 11, lineHeight: 14, weight: 'bold' },
  /** The metrics lane: a metric's name (header column), its latest value, its change. */
  metricName: { fontSize: 12, lineHeight: 18, weight: 'regular' },
  metricValue: { fontSize: 12, lineHeight: 18, weight: 'bold' },
  metricChange: { fontSize: 12, lineHeight: 18, weight: 'regular' },
} as const satisfies Record<string, TextStyle>;

export type TextStyleName = keyof typeof TEXT_STYLES;

export const LAYOUT = {
  /** Width of every stage column. */
  columnWidth: 240,
  /** Width of the lane header column (left, or right in RTL maps). */
  laneHeaderWidth: 184,
  headerPaddingX: 12,
  headerPaddingY: 10,
  /** Space between a stage's name and its description. */
  headerGap: 4,
  stageHeaderMinHeight: 56,
  stageNameMaxLines: 3,
  stageDescriptionMaxLines: 3,
  /** Space between a cell's edge and its cards. */
  cellPaddingX: 10,
  cellPaddingY: 10,
  /** Space between stacked cards. */
  cardGap: 8,
  cardPaddingX: 10,
  cardPaddingY: 8,
  cardMinHeight: 36,
  cardRadius: 6,
  /** Badges (channel, severity, priority, votes, evidence): a row of squares under the text. */
  badgeSize: 18,
  badgeGap: 4,
  badgeRowGap: 6,
  /** Horizontal padding around the number in a votes badge. */
  badgePaddingX: 5,
  /** Space between a KPI card's text and its figure, and room for the target icon. */
  metricGap: 4,
  targetIconWidth: 16,
  rowMinHeight: 64,
  /** Emotion lanes have a fixed height: the curve needs a stable scale. */
  emotionLaneHeight: 220,
  /** Distance from the emotion lane's top/bottom to the +2/−2 level. */
  emotionPaddingY: 18,
  emotionDotRadius: 6,
  emotionLabelMaxWidth: 150,
  emotionLabelMaxLines: 2,
  emotionLabelPaddingX: 6,
  emotionLabelPaddingY: 4,
  /** Space between a point and its label. */
  emotionLabelGap: 6,
  noteWidth: 200,
  notePadding: 10,
  noteMinHeight: 60,
  connectorLabelMaxWidth: 140,
  connectorLabelMaxLines: 2,
  /** The metrics lane under the stage headers: padding above and below its lines. */
  metricsPaddingY: 8,
  /** Space between the lane's title and its first metric line. */
  metricsTitleGap: 2,
  /** Space between a value, the change's arrow and the change. */
  metricsGap: 6,
  /** Size of a change's arrow (a triangle) and of the target's mark (✓ or ✗). */
  metricsArrowSize: 8,
  metricsMarkSize: 10,
  /** Height of the "+N more cards" row at the foot of a cell bounded by `maxCellHeight`. */
  moreCardsHeight: 28,
} as const;

/**
 * The canvas's reading limits (the exports leave them off and print every word): a card
 * shows at most this many lines, a cell at most this height before "+N more cards".
 */
export const CANVAS_LIMITS = { maxCardLines: 8, maxCellHeight: 480 } as const;

/** The key of a cell in `LayoutOptions.expandedCells`. */
export const cellKey = (laneId: string, stageId: string): string => `${laneId}\u0000${stageId}`;

/** What a caller may change: the column widths and the emotion lane's height; a cache. */
export interface LayoutOptions {
  columnWidth?: number;
  laneHeaderWidth?: number;
  emotionLaneHeight?: number;
  /**
   * Px added to every lane but emotion lanes (those take `emotionLaneHeight`): a wall
   * poster's room to write in, with cards kept at the top of their cells.
   */
  rowExtraHeight?: number;
  /** Reuse measurements and card layouts of unchanged cards (see `createLayoutCache`). */
  cache?: LayoutCache;
  /** Card text beyond this many lines ends in an ellipsis (the canvas; exports show it all). */
  maxCardLines?: number;
  /**
   * A cell shows the cards that fit in this height and a "+N more cards" row for the rest
   * (`CellLayout.hiddenCards`), so one crowded cell cannot make its lane endlessly tall.
   */
  maxCellHeight?: number;
  /** Cells (by `cellKey`) shown whole despite `maxCellHeight`. */
  expandedCells?: ReadonlySet<string>;
}
