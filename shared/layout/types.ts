import type {
  BlueprintLine,
  Channel,
  Connector,
  EVIDENCE_STATUSES,
  LaneKind,
  Priority,
  Severity,
} from '../model';
import type { Trend } from '../metrics';
import type { TextStyle } from './measure';

/** Geometry of a map, in px at zoom 1, origin at the top-left corner of the grid. */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextAlign = 'left' | 'right' | 'center';

/** One line to draw: its exact text, where its left end and baseline are, and its width. */
export interface TextLine {
  text: string;
  x: number;
  baseline: number;
  width: number;
}

/**
 * Wrapped text in a box. Draw each line at (x, baseline), left-aligned, with `style` and
 * the fonts of `fonts.ts`; alignment is already applied to each line's x. `align` says how
 * (for renderers that draw the whole block, e.g. in a CSS box of the same width).
 */
export interface TextBlock extends Rect {
  style: TextStyle;
  align: TextAlign;
  lines: TextLine[];
  /** Cut by a line limit: the last line ends with an ellipsis. */
  truncated: boolean;
}

export interface HeaderLayout extends Rect {
  fill: string;
  textColor: string;
  name: TextBlock;
  description?: TextBlock;
}

export interface ColumnLayout {
  stageId: string;
  index: number;
  x: number;
  width: number;
  header: HeaderLayout;
}

export interface RowLayout {
  laneId: string;
  kind: LaneKind;
  index: number;
  y: number;
  height: number;
  header: HeaderLayout;
}

export interface CellLayout extends Rect {
  laneId: string;
  stageId: string;
  /** Cards left out of a cell bounded by `maxCellHeight` (the "+N more cards" row). */
  hiddenCards?: number;
}

export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** A small square under a card's text; only `votes` has text (its count). */
export type BadgeLayout = Rect &
  (
    | { kind: 'channel'; value: Channel }
    | { kind: 'severity'; value: Severity; color: string }
    | { kind: 'priority'; value: Priority; color: string }
    | { kind: 'votes'; value: number; text: TextBlock }
    | { kind: 'evidence'; value: EvidenceStatus }
  );

/** Where an emotion card sits on its curve. */
export interface EmotionPoint extends Point {
  /** The score drawn (−2…+2); a card without a score is drawn at 0 with `scored: false`. */
  score: number;
  scored: boolean;
  /** The persona whose curve it is on; null on the default curve of a map without personas. */
  personaId: string | null;
  color: string;
}

export interface CardLayout extends Rect {
  id: string;
  laneId: string;
  stageId: string;
  kind: LaneKind;
  fill: string;
  textColor: string;
  text: TextBlock;
  /** KPI cards: the figure, and the target after an icon `LAYOUT.targetIconWidth` wide. */
  metric?: TextBlock;
  metricTarget?: TextBlock;
  badges: BadgeLayout[];
  /** Emotion cards: the point on the curve (the rectangle is the point's label). */
  emotion?: EmotionPoint;
}

/** A cubic Bézier segment from the previous point. */
export interface CurveSegment {
  c1: Point;
  c2: Point;
  to: Point;
}

export interface EmotionCurveLayout {
  laneId: string;
  personaId: string | null;
  color: string;
  /** The points in journey order (stage order, then order in the cell). */
  points: (Point & { cardId: string })[];
  /** A smooth path through the points (monotone cubic): start at points[0]. */
  segments: CurveSegment[];
}

export interface BlueprintLineLayout {
  line: BlueprintLine;
  laneId: string;
  y: number;
  x1: number;
  x2: number;
}

export interface ConnectorLayout {
  id: string;
  from: string;
  to: string;
  kind: Connector['kind'];
  /** An orthogonal polyline from the edge of one card to the edge of the other. */
  points: Point[];
  label?: TextBlock;
}

export interface NoteLayout extends Rect {
  id: string;
  fill: string;
  textColor: string;
  text: TextBlock;
}

/** A metric's change since its previous snapshot, as a line of the metrics lane draws it. */
export interface MetricChangeLayout {
  trend: Trend;
  /** Good news (a rise of a higher-is-better metric): drawn green, bad news red. */
  improved?: boolean;
  /** The arrow's box (a triangle pointing up or down); absent when the value stayed the same. */
  arrow?: Rect;
  /** The size of the change (`1,6 %`; `= 0` when it stayed the same). */
  text: TextBlock;
}

/** One metric's line in a stage's cell of the metrics lane. */
export interface MetricLineLayout {
  metricId: string;
  /** The latest value. */
  value: TextBlock;
  change?: MetricChangeLayout;
  /** Whether the latest value meets the metric's target, and where its mark (✓ or ✗) goes. */
  target?: { met: boolean; mark: Rect };
}

export interface MetricsCellLayout extends Rect {
  stageId: string;
  /** The stage's metrics with a value, each on the line of its name in the header. */
  lines: MetricLineLayout[];
}

/**
 * The metrics lane right under the stage headers: not a lane of the document but the map's
 * metrics read from its measurements. The header column holds the lane's title (drawn by the
 * canvas and the scene in the reader's words, in `title`) and the metric names, one a line.
 */
export interface MetricsLaneLayout extends Rect {
  header: Rect & { title: Rect; names: TextBlock[] };
  /** In map order: line i of every cell and `header.names[i]` are this metric's. */
  metricIds: string[];
  /** One per stage, in stage order. */
  cells: MetricsCellLayout[];
}

export interface MapLayout {
  direction: 'ltr' | 'rtl';
  /** The grid: headers and cells. */
  width: number;
  height: number;
  /** Everything, sticky notes included (they may lie outside the grid). */
  bounds: Rect;
  /** The empty corner where the header row meets the header column. */
  corner: Rect;
  columns: ColumnLayout[];
  /** Present when the map has metrics: between the stage headers and the first lane. */
  metrics?: MetricsLaneLayout;
  rows: RowLayout[];
  cells: CellLayout[];
  cards: CardLayout[];
  cardsById: ReadonlyMap<string, CardLayout>;
  emotionCurves: EmotionCurveLayout[];
  blueprintLines: BlueprintLineLayout[];
  connectors: ConnectorLayout[];
  notes: NoteLayout[];
}
