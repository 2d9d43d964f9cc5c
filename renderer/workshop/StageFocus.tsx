import { useReactFlow, useStore, useStoreApi, ViewportPortal } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { MapLayout } from '../../shared/layout';
import { workshopViewport } from './workshopViewport';
import { useEditor } from '../store';
import { useViewRequest } from '../canvas/useViewRequest';

/** Room the workshop's top bar takes (frozen stage headers stop under it). */
export const WORKSHOP_TOP = 80;
const TOP = WORKSHOP_TOP;
const BOTTOM = 96;

/** The bottom bar's height as drawn (it holds more controls on a narrow screen). */
function bottomBarHeight(): number {
  const bar = document.querySelector('.js-workshop-bottom');
  return bar ? Math.ceil(bar.getBoundingClientRect().height) + 8 : BOTTOM;
}
const FAR = 100_000;

/**
 * Inside the canvas in workshop mode: brings the stage in focus to the middle of the screen at
 * a zoom readable across a room (the whole map when no stage is in focus), the voting lanes
 * in view (see `workshopViewport`), and dims the other
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
  const column = active ? layout.columns.find((c) => c.stageId === focusId) : undefined;
  // The layout as of now, read when the focus changes: a vote that makes a card taller must
  // not throw the view back to the top of the stage.
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  // Up and down by 40 % of the screen, kept within the map.
  useViewRequest((move) => {
    if (!active || (move !== 'panUp' && move !== 'panDown')) return;
    const direction = move === 'panUp' ? -1 : 1;
    const { height, transform } = flowStore.getState();
    const [x, y, zoom] = transform;
    const lowest = Math.min(TOP, height - bottomBarHeight() - layoutRef.current.height * zoom);
    const next = Math.max(lowest, Math.min(TOP, y - direction * height * 0.4));
    void flowRef.current.setViewport({ x, y: next, zoom });
  });

  // Again when the screen changes size (a projector plugged in, the window resized).
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  useEffect(() => {
    if (!active) return;
    const screen = { width: paneWidth, height: paneHeight, top: TOP, bottom: bottomBarHeight() };
    void flowRef.current.setViewport(workshopViewport(layoutRef.current, focusId, screen));
  }, [active, focusId, paneWidth, paneHeight]);

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
