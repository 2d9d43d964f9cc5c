import type { Edge, Node } from '@xyflow/react';
import type {
  BlueprintLineLayout,
  CardLayout,
  ConnectorLayout,
  EmotionCurveLayout,
  EmotionPoint,
  HeaderLayout,
  NoteLayout,
} from '../../shared/layout';

/**
 * The canvas's React Flow nodes and edges, built from the shared layout. Node ids carry a
 * prefix per kind (`c:` cards, `s:` stage headers …) so that document ids never collide.
 */
export type CardNodeData = { card: CardLayout; text: string };
export type CellNodeData = { laneId: string; stageId: string; emotions: boolean };
export type StageNodeData = { header: HeaderLayout; stageId: string };
export type LaneNodeData = { header: HeaderLayout; laneId: string; kind: CardLayout['kind'] };
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
export type MapNode = CardNode | CellNode | StageNode | LaneNode | CurveNode | LineNode | NoteNode;

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
};

/** The document id behind a node id (the part after the prefix). */
export function documentId(id: string): string {
  return id.slice(2);
}

/** Stacking order: cells under curves under cards; dragged and selected cards rise above. */
export const Z = { cell: 0, curve: 1, line: 2, card: 3, header: 4, note: 5 } as const;
