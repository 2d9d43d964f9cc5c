import type { CurveSegment, Point, Rect, TextLine, TextStyle } from '../../layout';
import type { BaseDirection } from '../text/visualRuns';

/**
 * A drawing of a map as a flat list of shapes in map px (the layout's coordinates), in paint
 * order. The SVG, PNG and PDF exporters all draw this one list, so they show the same map.
 */

export interface Stroke {
  color: string;
  width: number;
  /** Dash and gap lengths in px; absent: solid. */
  dash?: readonly number[];
}

export interface RectShape extends Rect {
  kind: 'rect';
  fill?: string;
  stroke?: Stroke;
  radius?: number;
}

export interface CircleShape {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: string;
  stroke?: Stroke;
}

export interface PolylineShape {
  kind: 'polyline';
  points: readonly Point[];
  stroke: Stroke;
  /** An arrowhead at the last point, in the stroke's colour. */
  arrow?: boolean;
}

export interface CurveShape {
  kind: 'curve';
  start: Point;
  segments: readonly CurveSegment[];
  stroke: Stroke;
}

/** Lines of text placed by the layout: draw each at (x, baseline), exactly as given. */
export interface TextShape {
  kind: 'text';
  lines: readonly TextLine[];
  style: TextStyle;
  color: string;
  /** The paragraph direction for the bidi algorithm (from the first strong character). */
  direction: BaseDirection;
}

export type Shape = RectShape | CircleShape | PolylineShape | CurveShape | TextShape;

export interface Scene {
  /** What to draw: the grid and any sticky notes outside it, in map px. */
  bounds: Rect;
  shapes: Shape[];
  /** The blueprint lines and their names (also in `shapes`): tiled sheets repeat them. */
  blueprint?: Shape[];
}
