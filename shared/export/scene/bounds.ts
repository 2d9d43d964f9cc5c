import type { Rect } from '../../layout';
import type { Shape } from './types';

/** The box a shape covers (strokes and arrowheads included), for culling to a tile or page. */
export function shapeBounds(shape: Shape): Rect {
  switch (shape.kind) {
    case 'rect': {
      const pad = (shape.stroke?.width ?? 0) / 2;
      return {
        x: shape.x - pad,
        y: shape.y - pad,
        width: shape.width + 2 * pad,
        height: shape.height + 2 * pad,
      };
    }
    case 'circle': {
      const r = shape.r + (shape.stroke?.width ?? 0) / 2;
      return { x: shape.cx - r, y: shape.cy - r, width: 2 * r, height: 2 * r };
    }
    case 'polyline':
      return padded(
        pointsBox(shape.points),
        shape.stroke.width / 2 + (shape.arrow ? ARROW_LENGTH : 0),
      );
    case 'curve': {
      const points = [shape.start, ...shape.segments.flatMap((s) => [s.c1, s.c2, s.to])];
      return padded(pointsBox(points), shape.stroke.width / 2);
    }
    case 'text': {
      const { fontSize, lineHeight } = shape.style;
      let box: Rect | null = null;
      for (const line of shape.lines) {
        const lineBox = {
          x: line.x,
          y: line.baseline - fontSize * 1.1,
          width: line.width,
          height: Math.max(lineHeight, fontSize * 1.5),
        };
        box = box ? union(box, lineBox) : lineBox;
      }
      return box ?? { x: 0, y: 0, width: 0, height: 0 };
    }
  }
}

/** Length of a connector's arrowhead in px. */
export const ARROW_LENGTH = 8;

function pointsBox(points: readonly { x: number; y: number }[]): Rect {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const p of points) {
    left = Math.min(left, p.x);
    top = Math.min(top, p.y);
    right = Math.max(right, p.x);
    bottom = Math.max(bottom, p.y);
  }
  return points.length === 0
    ? { x: 0, y: 0, width: 0, height: 0 }
    : { x: left, y: top, width: right - left, height: bottom - top };
}

function padded(r: Rect, pad: number): Rect {
  return { x: r.x - pad, y: r.y - pad, width: r.width + 2 * pad, height: r.height + 2 * pad };
}

export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The shapes that touch `view`, in paint order. */
export function shapesIn<T extends Shape>(shapes: readonly T[], view: Rect): T[] {
  return shapes.filter((shape) => intersects(shapeBounds(shape), view));
}
