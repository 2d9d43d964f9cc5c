import type { Edge, Node } from '@xyflow/react';
import { cellKey } from '../../shared/grid/cells';
import type {
  BlueprintLineLayout,
  CardLayout,
  ConnectorLayout,
  EmotionCurveLayout,
  EmotionPoint,
  HeaderLayout,
  MetricsCellLayout,
  MetricsLaneLayout,
  NoteLayout,
  Rect,
} from '../../shared/layout';

/**
 * The canvas's React Flow nodes and edges, built from the shared layout. Node ids carry a
 * prefix per kind (`c:` cards, `s:` stage headers …) so that document ids never collide.
 */
export type CardNodeData = { card: CardLayout; text: string };
export type CellNodeData = {
  laneId: string;
  stageId: string;
  emotions: boolean;
  /** Cards left out of a crowded cell (shown as "+N more cards"). */
  hidden: number;
};
/** `map`: the map's grid, which a sticky header never leaves. */
export type StageNodeData = { header: HeaderLayout; stageId: string; map: Rect };
export type LaneNodeData = {
  header: HeaderLayout;
  laneId: string;
  kind: CardLayout['kind'];
  map: Rect;
};
/** The blank corner over the frozen headers, where the header row and column cross. */
export type CornerNodeData = { corner: Rect; map: Rect };
export type CurveNodeData = {
  curves: EmotionCurveLayout[];
  points: (EmotionPoint & { cardId: string })[];
  /** The lane's top edge and height, for the score guides. */
  top: number;
  height: number;
};
/**
 * The metrics lane (not a lane of the document): a cell per stage, frozen under the stage
 * headers; `band` is the header row and the lane together, which freeze as one.
 */
export type MetricsCellNodeData = { cell: MetricsCellLayout; band: Rect; map: Rect };
/** The lane's header (title and metric names), frozen like the corner above it. */
export type MetricsHeaderNodeData = {
  header: MetricsLaneLayout['header'];
  metricIds: string[];
  band: Rect;
  map: Rect;
};
export type LineNodeData = { line: BlueprintLineLayout };
export type NoteNodeData = { note: NoteLayout };

export type CardNode = Node<CardNodeData, 'card'>;
export type CellNode = Node<CellNodeData, 'cell'>;
export type StageNode = Node<StageNodeData, 'stage'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type CurveNode = Node<CurveNodeData, 'curve'>;
export type LineNode = Node<LineNodeData, 'line'>;
export type NoteNode = Node<NoteNodeData, 'note'>;
export type CornerNode = Node<CornerNodeData, 'corner'>;
export type MetricsCellNode = Node<MetricsCellNodeData, 'metricsCell'>;
export type MetricsHeaderNode = Node<MetricsHeaderNodeData, 'metricsHeader'>;
export type MapNode =
  | CardNode
  | CellNode
  | StageNode
  | LaneNode
  | CurveNode
  | LineNode
  | NoteNode
  | CornerNode
  | MetricsCellNode
  | MetricsHeaderNode;

export type ConnectorEdgeData = { connector: ConnectorLayout };
export type ConnectorEdge = Edge<ConnectorEdgeData, 'connector'>;

/** The prefix of each kind's React Flow ids: written here only. */
const PREFIX = {
  card: 'c:',
  stage: 's:',
  lane: 'l:',
  cell: 'x:',
  curve: 'e:',
  line: 'b:',
  note: 'n:',
  connector: 'k:',
  corner: 'h:',
  metricsCell: 'm:',
  metricsHeader: 'q:',
} as const;

export const nodeId = {
  card: (id: string) => `${PREFIX.card}${id}`,
  stage: (id: string) => `${PREFIX.stage}${id}`,
  lane: (id: string) => `${PREFIX.lane}${id}`,
  cell: (laneId: string, stageId: string) => `${PREFIX.cell}${cellKey({ laneId, stageId })}`,
  curve: (laneId: string) => `${PREFIX.curve}${laneId}`,
  line: (line: string) => `${PREFIX.line}${line}`,
  note: (id: string) => `${PREFIX.note}${id}`,
  corner: () => `${PREFIX.corner}corner`,
  metricsCell: (stageId: string) => `${PREFIX.metricsCell}${stageId}`,
  metricsHeader: () => `${PREFIX.metricsHeader}metrics`,
};

export const edgeId = {
  connector: (id: string) => `${PREFIX.connector}${id}`,
};

/** Whether a React Flow node or edge id is of this kind. */
export function isIdOf(kind: keyof typeof PREFIX, id: string): boolean {
  return id.startsWith(PREFIX[kind]);
}

/** The id of the document record (card, stage, lane, note) behind a node id. */
export function recordId(nodeOrEdgeId: string): string {
  return nodeOrEdgeId.slice(2); // every prefix is two characters
}

/**
 * Stacking order: cells under curves under cards; dragged and selected cards rise above.
 * Frozen headers: stages and the metrics lane's cells slide over the cards, lanes over the
 * cards and over workshop mode's veil (z 2000: lane names always readable), the metrics
 * lane's header over the lanes, the corner over all.
 */
export const Z = {
  cell: 0,
  curve: 1,
  line: 2,
  card: 3,
  note: 5,
  stage: 6,
  header: 2001,
  metricsHeader: 2002,
  corner: 2003,
} as const;
