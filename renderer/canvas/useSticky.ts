import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import type { Rect } from '../../shared/layout';
import { useEditor } from '../store';
import { WORKSHOP_TOP } from '../workshop/StageFocus';

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

type Transform = [number, number, number];

/** How far a header moves (see `useSticky`) for a view transform and pane width. */
export function stickyShift(
  axis: 'x' | 'y',
  header: Rect,
  map: Rect,
  [tx, ty, zoom]: Transform,
  paneWidth: number,
  top: number,
): number {
  if (axis === 'y') {
    const viewTop = (top - ty) / zoom;
    return clamp(viewTop - header.y, 0, map.y + map.height - header.y - header.height);
  }
  const viewLeft = -tx / zoom;
  const viewRight = (paneWidth - tx) / zoom;
  // A header at the map's right end (RTL) keeps to the right edge of the screen.
  if (header.x + header.width >= map.x + map.width) {
    return -clamp(header.x + header.width - viewRight, 0, header.x - map.x);
  }
  return clamp(viewLeft - header.x, 0, map.x + map.width - header.x - header.width);
}

/**
 * Keeps a header in view while the map pans, as a spreadsheet freezes its panes: stage
 * headers slide down to the top of the screen (below workshop mode's bar), lane headers
 * along to the start edge (left, or right in RTL maps), never past the map. The element's
 * transform is written directly on each pan frame, without a React render: panning
 * re-renders nothing.
 */
export function useSticky<E extends HTMLElement>(
  axes: readonly ('x' | 'y')[],
  header: Rect,
  map: Rect,
): RefObject<E | null> {
  const ref = useRef<E>(null);
  const flowStore = useStoreApi();
  const top = useEditor((s) => (s.workshop.active ? WORKSHOP_TOP : 0));
  useEffect(() => {
    let last = '';
    const place = () => {
      const { transform, width } = flowStore.getState();
      const x = axes.includes('x') ? stickyShift('x', header, map, transform, width, top) : 0;
      const y = axes.includes('y') ? stickyShift('y', header, map, transform, width, top) : 0;
      const value = `translate(${x}px, ${y}px)`;
      if (value !== last && ref.current) ref.current.style.transform = value;
      last = value;
    };
    place();
    return flowStore.subscribe(place);
  }, [flowStore, axes, header, map, top]);
  return ref;
}
