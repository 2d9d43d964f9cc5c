import type { Point } from '../../layout';
import type { Shape } from './types';

/** Shapes moved by (dx, dy): a drawing made at the origin (a funnel) placed on a page or under a map. */
export function shiftShapes(shapes: readonly Shape[], dx: number, dy: number): Shape[] {
  const move = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
  return shapes.map((shape): Shape => {
    switch (shape.kind) {
      case 'rect':
        return { ...shape, x: shape.x + dx, y: shape.y + dy };
      case 'circle':
        return { ...shape, cx: shape.cx + dx, cy: shape.cy + dy };
      case 'polyline':
        return { ...shape, points: shape.points.map(move) };
      case 'curve':
        return {
          ...shape,
          start: move(shape.start),
          segments: shape.segments.map((s) => ({ c1: move(s.c1), c2: move(s.c2), to: move(s.to) })),
        };
      case 'text':
        return {
          ...shape,
          lines: shape.lines.map((l) => ({ ...l, x: l.x + dx, baseline: l.baseline + dy })),
        };
    }
  });
}
