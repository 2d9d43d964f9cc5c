import type { jsPDF } from 'jspdf';
import { textBlock, type TextAlign, type TextBlock, type TextStyle } from '../../layout';
import { textShape } from '../scene/textShape';
import type { BaseDirection } from '../text/visualRuns';
import { PT_PER_PX } from './paper';
import { PdfCanvas } from './pdfCanvas';

/**
 * A page of the document around the map (cover, personas, summary, footers), laid out in
 * CSS px (1 px = 0.75 pt) so that the layout's own text wrapping and measurement serve here
 * too. In right-to-left maps the page mirrors: `start` is the right edge.
 */
export class PageLayout {
  readonly canvas: PdfCanvas;
  readonly width: number;
  readonly height: number;

  constructor(
    readonly doc: jsPDF,
    widthPt: number,
    heightPt: number,
    readonly direction: BaseDirection,
  ) {
    this.canvas = new PdfCanvas(doc, { scale: PT_PER_PX, dx: 0, dy: 0 });
    this.width = widthPt / PT_PER_PX;
    this.height = heightPt / PT_PER_PX;
  }

  get rtl(): boolean {
    return this.direction === 'rtl';
  }

  /** x of a box `width` wide that starts `offset` from the start edge. */
  startX(offset: number, width: number): number {
    return this.rtl ? this.width - offset - width : offset;
  }

  get align(): TextAlign {
    return this.rtl ? 'right' : 'left';
  }

  /** Wraps and draws text in a box; returns the block (its height says how much it took). */
  text(
    content: string,
    box: { x: number; y: number; width: number },
    style: TextStyle,
    color: string,
    options: { align?: TextAlign; maxLines?: number } = {},
  ): TextBlock {
    const block = textBlock(
      content,
      box.x,
      box.y,
      box.width,
      style,
      options.align ?? this.align,
      options.maxLines,
    );
    this.canvas.text(textShape(block, color, this.direction));
    return block;
  }

  rect(x: number, y: number, width: number, height: number, fill: string, radius = 0): void {
    this.canvas.draw({ kind: 'rect', x, y, width, height, fill, radius });
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, width = 1): void {
    this.canvas.draw({
      kind: 'polyline',
      points: [
        { x: x1, y: y1 },
        { x: x2, y: y2 },
      ],
      stroke: { color, width },
    });
  }
}

/** Type sizes of the pages around the map (px; line heights 1.4–1.5 em). */
export const PAGE_STYLES = {
  coverTitle: { fontSize: 40, lineHeight: 50, weight: 'bold' },
  coverSubtitle: { fontSize: 18, lineHeight: 26, weight: 'regular' },
  heading: { fontSize: 24, lineHeight: 32, weight: 'bold' },
  subheading: { fontSize: 15, lineHeight: 21, weight: 'bold' },
  body: { fontSize: 13, lineHeight: 19, weight: 'regular' },
  bodyBold: { fontSize: 13, lineHeight: 19, weight: 'bold' },
  small: { fontSize: 10, lineHeight: 14, weight: 'regular' },
  quote: { fontSize: 16, lineHeight: 24, weight: 'regular' },
} as const satisfies Record<string, TextStyle>;

export const PAGE_COLORS = {
  text: '#1f2937',
  muted: '#64748b',
  rule: '#cbd5e1',
  zebra: '#f8fafc',
  headerFill: '#e2e8f0',
} as const;
