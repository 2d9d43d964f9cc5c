import type { Connector } from '../model';
import { LAYOUT, TEXT_STYLES } from './constants';
import { placeLines } from './textBlock';
import type { ConnectorLayout, Point, Rect, TextAlign } from './types';
import { wrapText } from './wrap';

/**
 * An orthogonal route between two cards: from the side of one that faces the other, with one
 * bend pair half-way. Cards side by side (different columns) join side to side; cards above
 * one another (same column) join bottom to top.
 */
export function routeBetween(a: Rect, b: Rect): Point[] {
  const ac = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const bc = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const apart = Math.abs(bc.x - ac.x) >= (a.width + b.width) / 2;
  if (apart) {
    const rightward = bc.x > ac.x;
    const start = { x: rightward ? a.x + a.width : a.x, y: ac.y };
    const end = { x: rightward ? b.x : b.x + b.width, y: bc.y };
    if (start.y === end.y) return [start, end];
    const mx = (start.x + end.x) / 2;
    return [start, { x: mx, y: start.y }, { x: mx, y: end.y }, end];
  }
  const downward = bc.y >= ac.y;
  const start = { x: ac.x, y: downward ? a.y + a.height : a.y };
  const end = { x: bc.x, y: downward ? b.y : b.y + b.height };
  if (start.x === end.x) return [start, end];
  const my = (start.y + end.y) / 2;
  return [start, { x: start.x, y: my }, { x: end.x, y: my }, end];
}

/** Middle of a route's middle segment: where its label goes. */
function midpoint(points: readonly Point[]): Point {
  const i = Math.max(0, Math.floor((points.length - 1) / 2));
  const a = points[i] ?? { x: 0, y: 0 };
  const b = points[i + 1] ?? a;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

export function layoutConnector(
  connector: Connector,
  from: Rect,
  to: Rect,
  align: TextAlign,
): ConnectorLayout {
  const points = routeBetween(from, to);
  const layout: ConnectorLayout = {
    id: connector.id,
    from: connector.from,
    to: connector.to,
    kind: connector.kind,
    points,
  };
  if (connector.label) {
    const style = TEXT_STYLES.connectorLabel;
    const wrapped = wrapText(
      connector.label,
      LAYOUT.connectorLabelMaxWidth,
      style,
      LAYOUT.connectorLabelMaxLines,
    );
    const width = Math.max(...wrapped.lines.map((l) => l.width), 0);
    const height = wrapped.lines.length * style.lineHeight;
    const mid = midpoint(points);
    layout.label = placeLines(
      wrapped.lines,
      wrapped.truncated,
      mid.x - width / 2,
      mid.y - height / 2,
      width,
      style,
      align === 'right' ? 'right' : 'left',
    );
  }
  return layout;
}
