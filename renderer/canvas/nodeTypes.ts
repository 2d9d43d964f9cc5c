import type { Edge, Node } from '@xyflow/react';
import type {
  BlueprintLineLayout,
  CardLayout,
  ConnectorLayout,
  EmotionCurveLayout,
  EmotionPoint,
  HeaderLayout,
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
export type MapNode =
  CardNode | CellNode | StageNode | LaneNode | CurveNode | LineNode | NoteNode | CornerNode;

export type ConnectorEdgeData = { connector: ConnectorLayout };
export type ConnectorEdge = Edge<ConnectorEdgeData, 'connector'>;

export const nodeId = {
  card: (id: string) => `c:${id}`,
  stage: (id: string) => `s:${id}`,
  lane: (id: string) => `l:${id}`,
  cell: (laneId: string, stageId: string) => `x:${laneId}\u0000${stageId}`,
  curve: (laneId: string) => `e:${laneId}`,
  line: (line: string) => `b:${line}`,
  note: (id: string) => `n:${id}`,
  corner: () => 'h:corner',
};

/** The document id behind a node id (the part after the prefix). */
export function documentId(id: string): string {
  return id.slice(2);
}

/**
 * Stacking order: cells under curves under cards; dragged and selected cards rise above.
 * Frozen headers: stages slide over the cards, lanes over the cards and over workshop mode's
 * veil (z 2000: lane names always readable), the corner over both.
 */
export const Z = {
  cell: 0,
  curve: 1,
  line: 2,
  card: 3,
  note: 5,
  stage: 6,
  header: 2001,
  corner: 2003,
} as const;
