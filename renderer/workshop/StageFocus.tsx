import { useReactFlow, useStoreApi, ViewportPortal } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useEditorStore } from '../store';
import type { MapLayout } from '../../shared/layout';
import { useEditor } from '../store';

/** The most a stage in focus is zoomed (its column then takes about 40 % of a wide screen). */
export const WORKSHOP_MAX_ZOOM = 3;
/** The least: card text at 13 px × 1.5 is about 20 px, readable a few metres away. */
const READABLE_ZOOM = 1.5;
/** Room the workshop's bars take at the top and the bottom of the screen. */
export const WORKSHOP_TOP = 96;
const TOP = WORKSHOP_TOP;
const BOTTOM = 128;
const FAR = 100_000;

/**
 * Inside the canvas in workshop mode: brings the stage in focus to the middle of the screen at
 * a zoom readable across a room (the whole map when no stage is in focus), and dims the other
 * stages with a veil that lets taps and drags through. Steps and pans jump without animation,
 * so that a pan pressed during a step starts from where the step lands.
 */
export function StageFocus({ layout }: { layout: MapLayout }) {
  const active = useEditor((s) => s.workshop.active);
  const focusId = useEditor((s) => s.workshop.focusStageId);
  // React Flow's helpers object changes as the view moves: read it through a ref, so that the
  // effects below run when the focus changes, not on every frame of their own animation.
  const flowNow = useReactFlow();
  const flowRef = useRef(flowNow);
  useEffect(() => {
    flowRef.current = flowNow;
  }, [flowNow]);
  const flowStore = useStoreApi();
  const store = useEditorStore();
  const column = active ? layout.columns.find((c) => c.stageId === focusId) : undefined;
  // The layout as of now, read when the focus changes: a vote that makes a card taller must
  // not throw the view back to the top of the stage.
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  // Up and down by 40 % of the screen, kept within the map.
  useEffect(() => {
    if (!active) return;
    store.getState().setWorkshopPan((direction) => {
      const { height, transform } = flowStore.getState();
      const [x, y, zoom] = transform;
      const lowest = Math.min(TOP, height - BOTTOM - layoutRef.current.height * zoom);
      const next = Math.max(lowest, Math.min(TOP, y - direction * height * 0.4));
      void flowRef.current.setViewport({ x, y: next, zoom });
    });
    return () => store.getState().setWorkshopPan(null);
  }, [active, flowStore, store]);

  useEffect(() => {
    if (!active) return;
    const { columns, height: mapHeight } = layoutRef.current;
    const { x, width } = columns.find((c) => c.stageId === focusId) ?? {};
    if (x === undefined || width === undefined) {
      void flowRef.current.fitView({ padding: 0.04, maxZoom: 1.5 });
      return;
    }
    const { width: screen, height } = flowStore.getState();
    // The whole column if that is readable, else readable (the arrows up and down pan).
    const whole = (height - TOP - BOTTOM) / mapHeight;
    const wide = (screen * 0.4) / width;
    const zoom = Math.min(WORKSHOP_MAX_ZOOM, wide, Math.max(READABLE_ZOOM, whole));
    // The column's middle in the middle; its top under the top bar.
    void flowRef.current.setViewport({ x: screen / 2 - (x + width / 2) * zoom, y: TOP, zoom });
  }, [active, focusId, flowStore]);

  if (!column) return null;
  const top = -FAR;
  const tall = layout.height + 2 * FAR;
  const columns = layout.columns;
  const minX = Math.min(...columns.map((c) => c.x));
  const maxX = Math.max(...columns.map((c) => c.x + c.width));
  const veils = [
    { left: minX, right: column.x },
    { left: column.x + column.width, right: maxX },
  ].filter((v) => v.right > v.left);
  return (
    <ViewportPortal>
      {veils.map((veil) => (
        <div
          key={veil.left}
          className="js-workshop-veil"
          aria-hidden
          style={{
            transform: `translate(${veil.left}px, ${top}px)`,
            width: veil.right - veil.left,
            height: tall,
          }}
        />
      ))}
    </ViewportPortal>
  );
}
