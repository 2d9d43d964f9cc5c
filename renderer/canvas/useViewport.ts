import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { MapLayout, Rect } from '../../shared/layout';
import { selectedCardIds, useEditor } from '../store';
import { useViewRequest } from './useViewRequest';

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2;
/** Below this zoom a new map opens at its top, fitted to the width, rather than whole. */
const READABLE_ZOOM = 0.45;
const MARGIN = 24;

/**
 * Pan and zoom: makes the zoom in/out/to fit that actions and menu commands ask for, shows a newly
 * opened map whole (or its top, fitted to the width, when whole would be unreadable), and
 * scrolls the selected card, the active cell or a header to be renamed into view.
 */
export function useViewport(layout: MapLayout): void {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const docKey = useEditor((s) => s.docKey);
  const selection = useEditor((s) => s.selection);
  const cursor = useEditor((s) => s.cursor);
  const focusRequest = useEditor((s) => s.ui.focusRequest);
  const sized = useStore((s) => s.width > 0 && s.height > 0);
  const shown = useRef<string | null>(null);
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  useViewRequest((move) => {
    if (move === 'zoomIn') void flow.zoomIn({ duration: 150 });
    else if (move === 'zoomOut') void flow.zoomOut({ duration: 150 });
    else if (move === 'zoomToFit') {
      void flow.fitView({ padding: 0.04, duration: 200, maxZoom: 1.5, minZoom: MIN_ZOOM });
    }
  });

  // A new document: show it, once the canvas knows its size.
  useEffect(() => {
    const { width, height } = flowStore.getState();
    const bounds = layoutRef.current.bounds;
    if (!sized || shown.current === docKey || bounds.width === 0) return;
    shown.current = docKey;
    const whole = Math.min(
      (width - 2 * MARGIN) / bounds.width,
      (height - 2 * MARGIN) / bounds.height,
    );
    const zoom = Math.min(1, whole >= READABLE_ZOOM ? whole : (width - 2 * MARGIN) / bounds.width);
    const x = Math.max(MARGIN, (width - bounds.width * zoom) / 2) - bounds.x * zoom;
    const y =
      (whole >= READABLE_ZOOM ? Math.max(MARGIN, (height - bounds.height * zoom) / 2) : MARGIN) -
      bounds.y * zoom;
    void flow.setViewport({ x, y, zoom });
  }, [sized, docKey, flow, flowStore]);

  // What the keyboard moved to, or a header about to be renamed, comes into view.
  useEffect(() => {
    const current = layoutRef.current;
    let rect: Rect | undefined;
    if (focusRequest) {
      rect =
        focusRequest.kind === 'stage'
          ? current.columns.find((c) => c.stageId === focusRequest.id)?.header
          : current.rows.find((r) => r.laneId === focusRequest.id)?.header;
    } else {
      const ids = selectedCardIds(selection);
      const last = ids[ids.length - 1];
      rect =
        (last !== undefined ? current.cardsById.get(last) : undefined) ??
        current.cells.find((c) => c.laneId === cursor?.laneId && c.stageId === cursor.stageId);
    }
    if (!rect) return;
    const { width, height, transform } = flowStore.getState();
    const [tx, ty, zoom] = transform;
    const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
    const inside =
      rect.x >= view.x &&
      rect.y >= view.y &&
      rect.x + rect.width <= view.x + view.width &&
      rect.y + rect.height <= view.y + view.height;
    if (!inside) {
      void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
        zoom,
        duration: 150,
      });
    }
  }, [selection, cursor, focusRequest, flow, flowStore]);
}
