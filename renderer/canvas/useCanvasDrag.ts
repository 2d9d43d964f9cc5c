import { useReactFlow, type Node, type NodeChange, type XYPosition } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapLayout } from '../../shared/layout';
import { clipboardOf } from '../../shared/ops';
import { selectedCardIds, useEditorStore } from '../store';
import { dropTargetAt, laneIndexAt, stageIndexAt } from './dropTarget';
import { isIdOf, recordId, type MapNode } from './nodeTypes';

type PointerEvent = MouseEvent | TouchEvent;

function clientPoint(event: PointerEvent): XYPosition {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}

/**
 * Dragging on the canvas: cards between cells and within one (they snap into place when
 * dropped: the document decides where they are), stage headers along the header row, lane
 * headers along the header column, sticky notes anywhere. While dragging, the dragged nodes
 * are drawn at the pointer; the drop is one operation.
 */
export function useCanvasDrag(layout: MapLayout) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const [positions, setPositions] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const dragging = useRef<Map<string, XYPosition> | null>(null);
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      let moved: Map<string, XYPosition> | null = null;
      const picked = new Set(selectedCardIds(store.getState().selection));
      let selectionChanged = false;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          moved ??= new Map(dragging.current ?? []);
          moved.set(change.id, constrain(change.id, change.position, layoutRef.current));
        } else if (change.type === 'select' && isIdOf('card', change.id)) {
          const id = recordId(change.id);
          if (change.selected) picked.add(id);
          else picked.delete(id);
          selectionChanged = true;
        }
      }
      if (moved) {
        dragging.current = moved;
        setPositions(moved);
      }
      if (selectionChanged) store.getState().selectCards([...picked]);
    },
    [store],
  );

  const onNodeDrag = useCallback(
    (event: PointerEvent, node: Node) => {
      if (node.type !== 'card') return;
      const point = flow.screenToFlowPosition(clientPoint(event));
      const moving = new Set(selectedCardIds(store.getState().selection));
      moving.add(recordId(node.id));
      const target = dropTargetAt(layoutRef.current, point, moving);
      const current = store.getState().ui.dropTarget;
      if (
        target?.laneId !== current?.laneId ||
        target?.stageId !== current?.stageId ||
        target?.index !== current?.index
      ) {
        store.getState().setDropTarget(target);
      }
    },
    [flow, store],
  );

  const onNodeDragStop = useCallback(
    (event: PointerEvent, node: Node, nodes: Node[]) => {
      const point = flow.screenToFlowPosition(clientPoint(event));
      const moved = dragging.current;
      dragging.current = null;
      setPositions(null);
      store.getState().setDropTarget(null);
      const state = store.getState();
      const { doc } = state;
      if (!doc) return;
      const current = layoutRef.current;
      if (node.type === 'card') {
        const ids = nodes.filter((n) => n.type === 'card').map((n) => recordId(n.id));
        const target = dropTargetAt(current, point, new Set(ids));
        if (!target) return;
        // Cards dropped together keep their reading order.
        const cardIds = clipboardOf(doc, ids).cards.map((c) => c.id);
        state.apply({ type: 'moveCards', cardIds, ...target });
      } else if (node.type === 'stage') {
        state.apply({
          type: 'moveStage',
          stageId: recordId(node.id),
          toIndex: stageIndexAt(current, point.x),
        });
      } else if (node.type === 'lane') {
        state.apply({
          type: 'moveLane',
          laneId: recordId(node.id),
          toIndex: laneIndexAt(current, point.y),
        });
      } else if (node.type === 'note' && moved) {
        const moves = [...moved].flatMap(([id, p]) =>
          isIdOf('note', id) ? [{ noteId: recordId(id), x: p.x, y: p.y }] : [],
        );
        state.apply({ type: 'moveNotes', moves });
      }
    },
    [flow, store],
  );

  return { positions, onNodesChange, onNodeDrag, onNodeDragStop };
}

/** Stage headers slide along their row, lane headers along their column. */
function constrain(id: string, position: XYPosition, layout: MapLayout): XYPosition {
  if (isIdOf('stage', id)) return { x: position.x, y: 0 };
  if (isIdOf('lane', id)) return { x: layout.corner.x, y: position.y };
  return position;
}
