import type { CurveSegment, Point } from './types';

/**
 * A smooth path through points whose x only grows or only shrinks (a monotone cubic, the
 * Fritsch–Carlson method as d3's curveMonotoneX does it): it never overshoots, so a curve
 * between +2 and +2 stays at +2. The same formula in mirrored x gives the mirrored path.
 */
export function monotoneSegments(points: readonly Point[]): CurveSegment[] {
  const n = points.length;
  const p = (i: number): Point => points[i] ?? { x: 0, y: 0 };
  if (n < 2) return [];
  const slope = (a: Point, b: Point): number => (b.x === a.x ? 0 : (b.y - a.y) / (b.x - a.x));
  const tangents: number[] = new Array<number>(n).fill(0);
  for (let i = 1; i < n - 1; i += 1) {
    const h0 = p(i).x - p(i - 1).x;
    const h1 = p(i + 1).x - p(i).x;
    const s0 = slope(p(i - 1), p(i));
    const s1 = slope(p(i), p(i + 1));
    const weighted = h0 + h1 === 0 ? 0 : (s0 * h1 + s1 * h0) / (h0 + h1);
    tangents[i] =
      (Math.sign(s0) + Math.sign(s1)) *
      Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(weighted));
  }
  // The ends: a tangent that makes the end segment's curvature vanish (straight for two points).
  const end = (i: number, j: number, inner: number): number =>
    n === 2 ? slope(p(0), p(1)) : (3 * slope(p(i), p(j)) - inner) / 2;
  tangents[0] = end(0, 1, tangents[1] ?? 0);
  tangents[n - 1] = end(n - 2, n - 1, tangents[n - 2] ?? 0);
  const segments: CurveSegment[] = [];
  for (let i = 0; i < n - 1; i += 1) {
    const a = p(i);
    const b = p(i + 1);
    const third = (b.x - a.x) / 3;
    segments.push({
      c1: { x: a.x + third, y: a.y + third * (tangents[i] ?? 0) },
      c2: { x: b.x - third, y: b.y - third * (tangents[i + 1] ?? 0) },
      to: { x: b.x, y: b.y },
    });
  }
  return segments;
}
