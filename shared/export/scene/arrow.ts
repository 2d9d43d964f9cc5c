import type { Point } from '../../layout';
import { ARROW_LENGTH } from './bounds';

/** The triangle of an arrowhead at the end of a polyline: tip, then the two back corners. */
export function arrowHead(points: readonly Point[], length = ARROW_LENGTH): Point[] | null {
  const tip = points.at(-1);
  const from = points.at(-2);
  if (!tip || !from) return null;
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const norm = Math.hypot(dx, dy);
  if (norm === 0) return null;
  const ux = dx / norm;
  const uy = dy / norm;
  const half = length * 0.45;
  const back = { x: tip.x - ux * length, y: tip.y - uy * length };
  return [
    tip,
    { x: back.x - uy * half, y: back.y + ux * half },
    { x: back.x + uy * half, y: back.y - ux * half },
  ];
}
