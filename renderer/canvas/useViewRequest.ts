import { useEffect, useRef } from 'react';
import { useEditor, useEditorStore, type ViewMove } from '../store';

/**
 * Runs `handle` for each view request (zoom, workshop panning) made while the caller is
 * mounted: actions ask through the store (`requestView`), the canvas that can move the view
 * answers. A request from before the caller mounted is not replayed.
 */
export function useViewRequest(handle: (move: ViewMove) => void): void {
  const store = useEditorStore();
  const request = useEditor((s) => s.ui.viewRequest);
  const handled = useRef(store.getState().ui.viewRequest?.id ?? 0);
  const handleRef = useRef(handle);
  useEffect(() => {
    handleRef.current = handle;
  }, [handle]);
  useEffect(() => {
    if (!request || request.id <= handled.current) return;
    handled.current = request.id;
    handleRef.current(request.move);
  }, [request]);
}
