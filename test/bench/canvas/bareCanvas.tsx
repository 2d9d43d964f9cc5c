import {
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import type { Root } from 'react-dom/client';
import { layoutMap } from '../../../shared/layout';
import type { JourneyMap } from '../../../shared/model';
import type { CanvasBenchApi, Viewport } from './api';
import { benchApi } from './benchApi';

/**
 * The yardstick: a bare React Flow canvas (default nodes and edges, default props, the usual
 * useNodesState wiring) with one node per card, placed where the editor's layout puts cards,
 * showing the same part of the map as the editor did.
 */
type BareNode = Node<{ label: string }>;
type SetNodes = ReturnType<typeof useNodesState<BareNode>>[1];

function BareFlow(props: {
  nodes: BareNode[];
  edges: Edge[];
  viewport: Viewport;
  visibleOnly: boolean;
  onSetNodes: (set: SetNodes) => void;
}) {
  const [nodes, setNodes, onNodesChange] = useNodesState(props.nodes);
  const [edges, , onEdgesChange] = useEdgesState(props.edges);
  const { onSetNodes } = props;
  useEffect(() => onSetNodes(setNodes), [onSetNodes, setNodes]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      defaultViewport={props.viewport}
      minZoom={0.05}
      onlyRenderVisibleElements={props.visibleOnly}
      proOptions={{ hideAttribution: true }}
    />
  );
}

export function mountBare(
  root: Root,
  map: JourneyMap,
  viewport: Viewport,
  visibleOnly: boolean,
): CanvasBenchApi {
  const layout = layoutMap(map);
  const texts = new Map(map.cards.map((c) => [c.id, c.text]));
  const nodes: BareNode[] = layout.cards.map((card) => ({
    id: card.id,
    position: { x: card.x, y: card.y },
    data: { label: texts.get(card.id) ?? '' },
  }));
  const edges: Edge[] = map.connectors.map((c) => ({ id: c.id, source: c.from, target: c.to }));
  let setNodes: SetNodes | null = null;
  const start = performance.now();
  root.render(
    <div style={{ width: '100%', height: '100%' }}>
      <ReactFlowProvider>
        <BareFlow
          nodes={nodes}
          edges={edges}
          viewport={viewport}
          visibleOnly={visibleOnly}
          onSetNodes={(set) => (setNodes = set)}
        />
      </ReactFlowProvider>
    </div>,
  );
  return benchApi({
    kind: visibleOnly ? 'bare-visible' : 'bare',
    cards: map.cards.length,
    start,
    cardElements: () =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => ({
        element,
        id: element.dataset.id ?? '',
      })),
    textOf: (id) => texts.get(id) ?? '',
    setText(id, text) {
      texts.set(id, text);
      setNodes?.((all) => all.map((n) => (n.id === id ? { ...n, data: { label: text } } : n)));
    },
    shownText: (id) =>
      document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.textContent ?? null,
    cardRenders: () => null,
  });
}
