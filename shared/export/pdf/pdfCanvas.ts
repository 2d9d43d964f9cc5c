import type { jsPDF } from 'jspdf';
import type { Point, Rect, TextLine, TextStyle } from '../../layout';
import { arrowHead } from '../scene/arrow';
import type { Shape, Stroke, TextShape } from '../scene/types';
import { visualPieces, type BaseDirection } from '../text/visualRuns';
import { pdfFont } from './pdfFonts';

/** Map px to page points: X = x · scale + dx. */
export interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

/** jsPDF's own bidi pass off: our pieces are already in visual order and shaped. */
const AS_IS = {
  isInputVisual: true,
  isOutputVisual: true,
  isInputRtl: false,
  isOutputRtl: false,
} as const;

/**
 * Draws scene shapes on a jsPDF page through a transform. Text goes in as text: each line is
 * split into visual pieces (bidi order, one font face each, Arabic shaped) placed at the x the
 * layout measured, so lines fill the same width as on screen and stay selectable.
 */
export class PdfCanvas {
  private font = '';
  private fontSize = 0;

  constructor(
    readonly doc: jsPDF,
    public transform: Transform,
  ) {}

  x(value: number): number {
    return value * this.transform.scale + this.transform.dx;
  }

  y(value: number): number {
    return value * this.transform.scale + this.transform.dy;
  }

  len(value: number): number {
    return value * this.transform.scale;
  }

  /** Limits drawing to a rectangle in map px until `unclip`. */
  clip(rect: Rect): void {
    this.doc.saveGraphicsState();
    this.doc.rect(
      this.x(rect.x),
      this.y(rect.y),
      this.len(rect.width),
      this.len(rect.height),
      null,
    );
    this.doc.clip();
    this.doc.discardPath();
  }

  unclip(): void {
    this.doc.restoreGraphicsState();
    this.font = ''; // the graphics state held the font
  }

  private stroke(stroke: Stroke | undefined): void {
    if (!stroke) return;
    this.doc.setDrawColor(stroke.color);
    this.doc.setLineWidth(this.len(stroke.width));
    this.doc.setLineDashPattern(stroke.dash ? stroke.dash.map((d) => this.len(d)) : [], 0);
  }

  private style(fill: string | undefined, stroke: Stroke | undefined): string | null {
    if (fill) this.doc.setFillColor(fill);
    this.stroke(stroke);
    return fill && stroke ? 'FD' : fill ? 'F' : stroke ? 'S' : null;
  }

  draw(shape: Shape): void {
    const doc = this.doc;
    switch (shape.kind) {
      case 'rect': {
        const style = this.style(shape.fill, shape.stroke);
        if (!style) return;
        const [x, y, w, h] = [
          this.x(shape.x),
          this.y(shape.y),
          this.len(shape.width),
          this.len(shape.height),
        ];
        const r = Math.min(this.len(shape.radius ?? 0), w / 2, h / 2);
        if (r > 0) doc.roundedRect(x, y, w, h, r, r, style);
        else doc.rect(x, y, w, h, style);
        return;
      }
      case 'circle': {
        const style = this.style(shape.fill, shape.stroke);
        if (style) doc.circle(this.x(shape.cx), this.y(shape.cy), this.len(shape.r), style);
        return;
      }
      case 'polyline': {
        this.path(shape.points);
        this.stroke(shape.stroke);
        doc.stroke();
        const head = shape.arrow ? arrowHead(shape.points) : null;
        if (head) {
          const [a, b, c] = head as [Point, Point, Point];
          doc.setFillColor(shape.stroke.color);
          doc.triangle(
            this.x(a.x),
            this.y(a.y),
            this.x(b.x),
            this.y(b.y),
            this.x(c.x),
            this.y(c.y),
            'F',
          );
        }
        return;
      }
      case 'curve': {
        doc.moveTo(this.x(shape.start.x), this.y(shape.start.y));
        for (const s of shape.segments) {
          doc.curveTo(
            this.x(s.c1.x),
            this.y(s.c1.y),
            this.x(s.c2.x),
            this.y(s.c2.y),
            this.x(s.to.x),
            this.y(s.to.y),
          );
        }
        this.stroke(shape.stroke);
        doc.stroke();
        return;
      }
      case 'text':
        this.text(shape);
        return;
    }
  }

  private path(points: readonly Point[]): void {
    const [first, ...rest] = points;
    if (!first) return;
    this.doc.moveTo(this.x(first.x), this.y(first.y));
    for (const p of rest) this.doc.lineTo(this.x(p.x), this.y(p.y));
  }

  text(shape: TextShape): void {
    this.doc.setTextColor(shape.color);
    for (const line of shape.lines) this.line(line, shape.style, shape.direction);
  }

  /** One laid-out line, drawn piece by piece at the layout's positions. */
  line(line: TextLine, style: TextStyle, direction: BaseDirection): void {
    if (line.text.trim() === '') return;
    const size = this.len(style.fontSize);
    if (size !== this.fontSize) {
      this.doc.setFontSize(size);
      this.fontSize = size;
    }
    const y = this.y(line.baseline);
    for (const piece of visualPieces(line.text, direction, style.weight, style.fontSize)) {
      if (piece.text.trim() === '') continue;
      const [family, fontStyle] = pdfFont(piece.face, style.weight);
      const key = `${family}/${fontStyle}`;
      if (key !== this.font) {
        this.doc.setFont(family, fontStyle);
        this.font = key;
      }
      this.doc.text(piece.text, this.x(line.x + piece.x), y, AS_IS);
    }
  }

  /** Forgets the cached font state (after a new page, whose state starts fresh). */
  reset(): void {
    this.font = '';
    this.fontSize = 0;
  }
}
