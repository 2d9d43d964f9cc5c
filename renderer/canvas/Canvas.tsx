import '@xyflow/react/dist/style.css';
import './canvas.css';
import { ReactFlow, ReactFlowProvider, type Connection, type Edge, type Node } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, CSS_FONT_FAMILY, CSS_TEXT_RENDERING, type MapLayout } from '../../shared/layout';
import type { JourneyMap } from '../../shared/model';
import { idSet, newId } from '../../shared/ops';
import { addCardAndEdit } from '../actions/cardEdits';
import { isMacPlatform } from '../actions/shortcuts';
import { selectedCardIds, useEditor, useEditorStore, type Selection } from '../store';
import { buildEdges, buildNodes, createElementCache } from './buildElements';
import { ConnectorEdge } from './edges/ConnectorEdge';
import { CANVAS_ROOT_ATTRIBUTE, focusCanvas } from './focusCanvas';
import { MapOverview } from './MapOverview';
import { PersonaLegend } from './PersonaLegend';
import { CardNode } from './nodes/CardNode';
import { CellNode } from './nodes/CellNode';
import { CornerNode } from './nodes/CornerNode';
import { CurveNode } from './nodes/CurveNode';
import { LaneHeaderNode } from './nodes/LaneHeaderNode';
import { LineNode } from './nodes/LineNode';
import { MetricsCellNode } from './nodes/MetricsCellNode';
import { MetricsHeaderNode } from './nodes/MetricsHeaderNode';
import { NoteNode } from './nodes/NoteNode';
import { StageHeaderNode } from './nodes/StageHeaderNode';
import { isIdOf, recordId, type CellNodeData, type MapNode } from './nodeTypes';
import { useCanvasDrag } from './useCanvasDrag';
import { useMapLayout } from './useMapLayout';
import { MAX_ZOOM, MIN_ZOOM, useViewport } from './useViewport';
import { StageFocus } from '../workshop/StageFocus';
import { WORKSHOP_LAYOUT, WORKSHOP_MAX_ZOOM } from '../workshop/workshopViewport';
import { useWorkshopView } from '../workshop/useWorkshopView';
import { CompareFocus } from '../compare/CompareFocus';
import { CompareMarksProvider } from '../compare/CompareMarks';
import { activeCompare } from '../compare/compareSlice';
import { useCompareMap } from '../compare/useCompareView';
import { REGION } from '../keyboard/regions';

const NODE_TYPES = {
  card: CardNode,
  cell: CellNode,
  stage: StageHeaderNode,
  lane: LaneHeaderNode,
  curve: CurveNode,
  line: LineNode,
  note: NoteNode,
  corner: CornerNode,
  metricsCell: MetricsCellNode,
  metricsHeader: MetricsHeaderNode,
};
const EDGE_TYPES = { connector: ConnectorEdge };
const MAP_TEXT_STYLE = { fontFamily: CSS_FONT_FAMILY, ...CSS_TEXT_RENDERING };

/**
 * The one selected card is one a crowded cell left out (the arrows went there, or a search):
 * open its cell. Many selected cards (a paste, Select all) leave the cells as they are.
 */
function useExpandSelected(layout: MapLayout, doc: JourneyMap, selection: Selection): void {
  const store = useEditorStore();
  useEffect(() => {
    const [only, ...more] = selectedCardIds(selection);
    if (only === undefined || more.length > 0 || layout.cardsById.has(only)) return;
    const card = doc.cards.find((c) => c.id === only);
    if (card) store.getState().expandCell(cellKey(card.laneId, card.stageId));
  }, [layout, doc, selection, store]);
}

/** The map on a pannable, zoomable React Flow canvas, drawn from the shared layout. */
export function Canvas({ doc }: { doc: JourneyMap }) {
  return (
    <ReactFlowProvider>
      <MapFlow doc={doc} />
    </ReactFlowProvider>
  );
}

function MapFlow({ doc: edited }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  // The document as edited; workshop mode may show its cards sorted or filtered by votes,
  // and a compare shows the removed records as ghosts (views, not edits).
  const doc = useCompareMap(useWorkshopView(edited));
  const workshop = useEditor((s) => s.workshop.active);
  const comparing = useEditor((s) => activeCompare(s) !== null);
  const store = useEditorStore();
  const docKey = useEditor((s) => s.docKey);
  const selection = useEditor((s) => s.selection);
  const expanded = useEditor((s) => s.ui.expandedCells);
  const layout = useMapLayout(doc, docKey, expanded, workshop ? WORKSHOP_LAYOUT : undefined);
  useExpandSelected(layout, doc, selection);
  useViewport(layout);
  const drag = useCanvasDrag(layout);
  // One cache per canvas: mutable, so it lives in state that is never set (not a ref read in render).
  const [cache] = useState(createElementCache);
  const mac = useMemo(() => isMacPlatform(), []);

  const selected = useMemo(() => new Set(selectedCardIds(selection)), [selection]);
  const baseNodes = useMemo(
    () => buildNodes(layout, doc, selected, cache),
    [layout, doc, selected, cache],
  );
  const nodes = useMemo(() => {
    const moved = drag.positions;
    if (!moved) return baseNodes;
    return baseNodes.map((node) => {
      const position = moved.get(node.id);
      return position ? { ...node, position } : node;
    });
  }, [baseNodes, drag.positions]);
  const selectedConnector = selection.kind === 'connector' ? selection.id : null;
  const edges = useMemo(
    () => buildEdges(layout, selectedConnector, cache),
    [layout, selectedConnector, cache],
  );

  const onNodeClick = useCallback(
    (_: MouseEvent, node: Node) => {
      if (node.type === 'cell') {
        const { laneId, stageId } = node.data as CellNodeData;
        store.getState().setCursor({ laneId, stageId });
      }
      if (node.type !== 'stage' && node.type !== 'lane') focusCanvas();
    },
    [store],
  );

  const onNodeDoubleClick = useCallback(
    (_: MouseEvent, node: Node) => {
      if (store.getState().compare) return; // a compare is looked at, not edited
      if (node.type === 'card') store.getState().startEditing(recordId(node.id));
      if (node.type === 'cell') {
        const { laneId, stageId } = node.data as CellNodeData;
        addCardAndEdit(store, { laneId, stageId });
      }
    },
    [store],
  );

  const onPaneClick = useCallback(() => {
    store.getState().select({ kind: 'none' }, null);
    focusCanvas();
  }, [store]);

  const onEdgeClick = useCallback(
    (_: MouseEvent, edge: Edge) => {
      store.getState().select({ kind: 'connector', id: recordId(edge.id) }, null);
      focusCanvas();
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const current = store.getState().doc;
      if (!current || store.getState().compare) return;
      store.getState().apply({
        type: 'addConnector',
        connector: {
          id: newId('connector', idSet(current.connectors)),
          from: recordId(connection.source),
          to: recordId(connection.target),
        },
      });
    },
    [store],
  );

  const isValidConnection = useCallback(
    (connection: Connection | Edge) =>
      connection.source !== connection.target &&
      isIdOf('card', connection.source) &&
      isIdOf('card', connection.target),
    [],
  );

  return (
    <div
      className="js-canvas"
      {...{ [CANVAS_ROOT_ATTRIBUTE]: '' }}
      {...REGION}
      tabIndex={0}
      role="region"
      aria-label={t('editor.canvas', { title: doc.title })}
      style={MAP_TEXT_STYLE}
    >
      <CompareMarksProvider layout={layout} map={doc}>
        <ReactFlow<MapNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={drag.onNodesChange}
          onNodeDrag={drag.onNodeDrag}
          onNodeDragStop={drag.onNodeDragStop}
          onNodeClick={onNodeClick}
          onNodeDoubleClick={onNodeDoubleClick}
          onPaneClick={onPaneClick}
          onEdgeClick={onEdgeClick}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          onlyRenderVisibleElements
          minZoom={MIN_ZOOM}
          maxZoom={workshop ? WORKSHOP_MAX_ZOOM : MAX_ZOOM}
          nodesDraggable={!workshop && !comparing}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={mac ? 'Meta' : 'Control'}
          disableKeyboardA11y
          nodesFocusable={false}
          edgesFocusable={false}
          // React Flow's authors ask that its attribution stay unless one has a Pro plan.
          attributionPosition="top-right"
        >
          <MapOverview layout={layout} />
          <PersonaLegend layout={layout} />
          <StageFocus layout={layout} />
          <CompareFocus layout={layout} />
        </ReactFlow>
      </CompareMarksProvider>
    </div>
  );
}
