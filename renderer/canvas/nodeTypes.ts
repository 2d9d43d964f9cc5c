import type { Edge, Node } from '@xyflow/react';
import { cellKey } from '../../shared/grid/cells';
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
} as const;

export const nodeId = {
  card: (id: string) => `${PREFIX.card}${id}`,
  stage: (id: string) => `${PREFIX.stage}${id}`,
  lane: (id: string) => `${PREFIX.lane}${id}`,
  cell: (laneId: string, stageId: string) => `${PREFIX.cell}${cellKey({ laneId, stageId })}`,
  curve: (laneId: string) => `${PREFIX.curve}${laneId}`,
  line: (line: string) => `${PREFIX.line}${line}`,
  note: (id: string) => `${PREFIX.note}${id}`,
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

/** Stacking order: cells under curves under cards; dragged and selected cards rise above. */
export const Z = { cell: 0, curve: 1, line: 2, card: 3, header: 4, note: 5 } as const;
