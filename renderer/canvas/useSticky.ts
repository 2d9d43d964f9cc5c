import { useStore } from '@xyflow/react';
import type { Rect } from '../../shared/layout';
import { useEditor } from '../store';
import { WORKSHOP_TOP } from '../workshop/StageFocus';

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

/**
 * How far a header moves to stay in view while the map pans, as a spreadsheet freezes its
 * panes: stage headers slide down to the top of the screen (below workshop mode's bar),
 * lane headers along to the start edge (left, or right in RTL maps), never past the map.
 * A number, so a header re-renders only when its shift changes.
 */
export function useStickyShift(axis: 'x' | 'y', header: Rect, map: Rect): number {
  const top = useEditor((s) => (s.workshop.active ? WORKSHOP_TOP : 0));
  return useStore((s) => {
    const [tx, ty, zoom] = s.transform;
    if (axis === 'y') {
      const viewTop = (top - ty) / zoom;
      return clamp(viewTop - header.y, 0, map.y + map.height - header.y - header.height);
    }
    const viewLeft = -tx / zoom;
    const viewRight = (s.width - tx) / zoom;
    // A header at the map's right end (RTL) keeps to the right edge of the screen.
    if (header.x + header.width >= map.x + map.width) {
      return -clamp(header.x + header.width - viewRight, 0, header.x - map.x);
    }
    return clamp(viewLeft - header.x, 0, map.x + map.width - header.x - header.width);
  });
}
