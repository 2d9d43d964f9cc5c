import { MarkerType, Position, type NodeHandle } from '@xyflow/react';
import type { CardLayout, MapLayout, Rect } from '../../shared/layout';
import type { JourneyMap } from '../../shared/model';
import { deepEqual } from './deepEqual';
import {
  edgeId,
  nodeId,
  Z,
  type CardNode,
  type ConnectorEdge,
  type CurveNodeData,
  type MapNode,
} from './nodeTypes';

/**
 * Layout → React Flow nodes and edges. A node whose input did not change is the very same
 * object as last time, so React Flow skips it and its memoised component does not render:
 * editing one card re-renders that card alone.
 */
export interface ElementCache {
  nodes: Map<string, { input: unknown; node: MapNode }>;
  edges: Map<string, { input: unknown; edge: ConnectorEdge }>;
  /** The last arrays returned: given back unchanged when no element changed. */
  nodeList: MapNode[];
  edgeList: ConnectorEdge[];
}

export function createElementCache(): ElementCache {
  return { nodes: new Map(), edges: new Map(), nodeList: [], edgeList: [] };
}

/** `previous` when `next` holds the very same elements: React Flow then has nothing to adopt. */
function sameOrNext<T>(previous: T[], next: T[]): T[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i += 1) if (previous[i] !== next[i]) return next;
  return previous;
}

/** The node for `input`, reused when the cached one was built from an equal input. */
function reuse<N extends MapNode>(
  cache: ElementCache,
  next: Map<string, { input: unknown; node: MapNode }>,
  id: string,
  input: unknown,
  build: () => N,
): N {
  const old = cache.nodes.get(id);
  const node = old && (old.input === input || deepEqual(old.input, input)) ? old.node : build();
  next.set(id, { input: old && node === old.node ? old.input : input, node });
  return node as N;
}

function box(rect: Rect) {
  return {
    position: { x: rect.x, y: rect.y },
    width: rect.width,
    height: rect.height,
    // Sizes are known from the layout: React Flow needs not measure before drawing.
    measured: { width: rect.width, height: rect.height },
  };
}

function cardHandles(card: CardLayout): NodeHandle[] {
  return [
    { type: 'source', position: Position.Right, x: card.width, y: card.height / 2 },
    { type: 'target', position: Position.Left, x: 0, y: card.height / 2 },
  ];
}

function cardNode(card: CardLayout, text: string, selected: boolean): CardNode {
  return {
    id: nodeId.card(card.id),
    type: 'card',
    ...box(card),
    handles: cardHandles(card),
    data: { card, text },
    selected,
    zIndex: Z.card,
  };
}

const FIXED = { draggable: false, selectable: false, connectable: false } as const;
const PASSIVE = { ...FIXED, style: { pointerEvents: 'none' as const } };
/** A frozen header's node lets clicks through where its header is not (see useSticky). */
const STICKY = { pointerEvents: 'none' as const };

export function buildNodes(
  layout: MapLayout,
  map: JourneyMap,
  selectedCards: ReadonlySet<string>,
  cache: ElementCache,
): MapNode[] {
  const next = new Map<string, { input: unknown; node: MapNode }>();
  const nodes: MapNode[] = [];
  for (const cell of layout.cells) {
    const id = nodeId.cell(cell.laneId, cell.stageId);
    const emotions = layout.rows.find((r) => r.laneId === cell.laneId)?.kind === 'emotions';
    nodes.push(
      reuse(cache, next, id, { cell, emotions }, () => ({
        id,
        type: 'cell',
        ...box(cell),
        ...FIXED,
        data: {
          laneId: cell.laneId,
          stageId: cell.stageId,
          emotions,
          hidden: cell.hiddenCards ?? 0,
        },
        zIndex: Z.cell,
      })),
    );
  }
  // Header nodes span the whole map along the axis they slide on, so that React Flow keeps
  // them drawn (it draws only nodes in view) while their header sticks to the screen's edge.
  const grid = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (const column of layout.columns) {
    const id = nodeId.stage(column.stageId);
    nodes.push(
      reuse(cache, next, id, { header: column.header, map: grid }, () => ({
        id,
        type: 'stage',
        ...box({ ...column.header, height: Math.max(column.header.height, grid.height) }),
        draggable: true,
        selectable: false,
        connectable: false,
        dragHandle: '.js-grip',
        style: STICKY,
        data: { header: column.header, stageId: column.stageId, map: grid },
        zIndex: Z.stage,
      })),
    );
  }
  for (const row of layout.rows) {
    const id = nodeId.lane(row.laneId);
    nodes.push(
      reuse(cache, next, id, { header: row.header, kind: row.kind, map: grid }, () => ({
        id,
        type: 'lane',
        ...box({ ...row.header, x: grid.x, width: grid.width }),
        draggable: true,
        selectable: false,
        connectable: false,
        dragHandle: '.js-grip',
        style: STICKY,
        data: { header: row.header, laneId: row.laneId, kind: row.kind, map: grid },
        zIndex: Z.header,
      })),
    );
    if (row.kind === 'emotions') {
      const data: CurveNodeData = {
        curves: layout.emotionCurves.filter((c) => c.laneId === row.laneId),
        points: layout.cards.flatMap((c) =>
          c.laneId === row.laneId && c.emotion ? [{ ...c.emotion, cardId: c.id }] : [],
        ),
        top: row.y,
        height: row.height,
      };
      const curveId = nodeId.curve(row.laneId);
      const rect = { x: 0, y: row.y, width: layout.width, height: row.height };
      nodes.push(
        reuse(cache, next, curveId, { data, rect }, () => ({
          id: curveId,
          type: 'curve',
          ...box(rect),
          ...PASSIVE,
          data,
          zIndex: Z.curve,
        })),
      );
    }
  }
  if (layout.metrics) nodes.push(...metricsNodes(layout.metrics, layout, grid, cache, next));
  if (layout.columns.length > 0) {
    const id = nodeId.corner();
    nodes.push(
      reuse(cache, next, id, { corner: layout.corner, map: grid }, () => ({
        id,
        type: 'corner',
        ...box(grid),
        ...PASSIVE,
        data: { corner: layout.corner, map: grid },
        zIndex: Z.corner,
      })),
    );
  }
  for (const line of layout.blueprintLines) {
    const id = nodeId.line(line.line);
    const rect = { x: line.x1, y: line.y - 8, width: line.x2 - line.x1, height: 16 };
    nodes.push(
      reuse(cache, next, id, line, () => ({
        id,
        type: 'line',
        ...box(rect),
        ...PASSIVE,
        data: { line },
        zIndex: Z.line,
      })),
    );
  }
  // Built only when a card's layout object is new: an unchanged card keeps its CardLayout,
  // which the layout cache hands out only for the very same Card (so the same text).
  let texts: Map<string, string> | null = null;
  const textOf = (id: string): string => {
    texts ??= new Map(map.cards.map((c) => [c.id, c.text]));
    return texts.get(id) ?? '';
  };
  for (const card of layout.cards) {
    const id = nodeId.card(card.id);
    const selected = selectedCards.has(card.id);
    const old = cache.nodes.get(id);
    const input = old?.input as { card: CardLayout; selected: boolean; text: string } | undefined;
    let node: CardNode;
    if (old && input && input.card === card && input.selected === selected) {
      node = old.node as CardNode;
      next.set(id, old);
    } else {
      // Emotion labels are laid out anew each time, so they are compared by value.
      const text = textOf(card.id);
      const same =
        old !== undefined &&
        input !== undefined &&
        input.selected === selected &&
        input.text === text &&
        deepEqual(input.card, card);
      node = same ? (old.node as CardNode) : cardNode(card, text, selected);
      next.set(id, { input: { card, selected, text }, node });
    }
    nodes.push(node);
  }
  for (const note of layout.notes) {
    const id = nodeId.note(note.id);
    nodes.push(
      reuse(cache, next, id, note, () => ({
        id,
        type: 'note',
        ...box(note),
        connectable: false,
        data: { note },
        zIndex: Z.note,
      })),
    );
  }
  cache.nodes = next;
  cache.nodeList = sameOrNext(cache.nodeList, nodes);
  return cache.nodeList;
}

/**
 * The metrics lane: a node per stage cell and one for its header. Like the stage headers,
 * each spans the map from the top, so that React Flow keeps it drawn while it is frozen.
 */
function metricsNodes(
  lane: NonNullable<MapLayout['metrics']>,
  layout: MapLayout,
  grid: Rect,
  cache: ElementCache,
  next: Map<string, { input: unknown; node: MapNode }>,
): MapNode[] {
  const band = { x: 0, y: 0, width: layout.width, height: lane.y + lane.height };
  const nodes: MapNode[] = lane.cells.map((cell) => {
    const id = nodeId.metricsCell(cell.stageId);
    return reuse(cache, next, id, { cell, band, map: grid }, () => ({
      id,
      type: 'metricsCell' as const,
      ...box({ x: cell.x, y: 0, width: cell.width, height: grid.height }),
      ...FIXED,
      style: STICKY,
      data: { cell, band, map: grid },
      zIndex: Z.stage,
    }));
  });
  const id = nodeId.metricsHeader();
  const data = { header: lane.header, metricIds: lane.metricIds, band, map: grid };
  nodes.push(
    reuse(cache, next, id, data, () => ({
      id,
      type: 'metricsHeader' as const,
      ...box(grid),
      ...PASSIVE,
      data,
      zIndex: Z.metricsHeader,
    })),
  );
  return nodes;
}

export function buildEdges(
  layout: MapLayout,
  selectedConnector: string | null,
  cache: ElementCache,
): ConnectorEdge[] {
  const next = new Map<string, { input: unknown; edge: ConnectorEdge }>();
  const edges = layout.connectors.map((connector) => {
    const id = edgeId.connector(connector.id);
    const selected = connector.id === selectedConnector;
    const input = { connector, selected };
    const old = cache.edges.get(id);
    const edge: ConnectorEdge =
      old && deepEqual(old.input, input)
        ? old.edge
        : {
            id,
            type: 'connector',
            source: nodeId.card(connector.from),
            target: nodeId.card(connector.to),
            data: { connector },
            selected,
            zIndex: Z.line,
            markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
          };
    next.set(id, { input: old && edge === old.edge ? old.input : input, edge });
    return edge;
  });
  cache.edges = next;
  cache.edgeList = sameOrNext(cache.edgeList, edges);
  return cache.edgeList;
}
