import { wrapText, type TextStyle } from '../../layout';
import type { JourneyMap } from '../../model';
import type { SlideSize } from '../options';

/**
 * The slide frame every PowerPoint slide is drawn in: sizes in inches (pptxgenjs's unit),
 * type sizes in points, and the text measurement that decides what fits. Slides are 10 in
 * wide in both shapes (PowerPoint's own "On-screen Show" sizes), so 4:3 is the taller one.
 */

export const SLIDE_INCHES: Record<SlideSize, { width: number; height: number }> = {
  '16:9': { width: 10, height: 5.625 },
  '4:3': { width: 10, height: 7.5 },
};

/** pptxgenjs's names of the two layouts. */
export const PPTX_LAYOUTS: Record<SlideSize, string> = {
  '16:9': 'LAYOUT_16x9',
  '4:3': 'LAYOUT_4x3',
};

/** No text on any slide is smaller than this: readable on a projector and when printed. */
export const MIN_PT = 10;

/** Type sizes in points; every one at least MIN_PT. */
export const PT = {
  coverTitle: 32,
  coverSubtitle: 16,
  coverFact: 14,
  slideTitle: 20,
  personaName: 24,
  personaRole: 14,
  quote: 14,
  sectionHeading: 13,
  body: 12,
  stageName: 11,
  laneName: 10,
  card: MIN_PT,
  table: MIN_PT,
  chart: 11,
  footer: MIN_PT,
} as const;

/** Space around a slide's content, in inches. */
export const MARGIN = 0.4;
/** The slide heading's box: top and height, in inches. */
export const TITLE_Y = 0.25;
export const TITLE_HEIGHT = 0.55;
/** Where a slide's content starts below its heading, and the space kept free at the bottom. */
export const CONTENT_Y = TITLE_Y + TITLE_HEIGHT + 0.1;
export const BOTTOM_SPACE = 0.45;

/** A table cell's inner margin (top, right, bottom, left), in inches. */
export const CELL_MARGIN: [number, number, number, number] = [0.05, 0.07, 0.05, 0.07];
/** Space after each card's paragraph in a cell, in points. */
export const PARAGRAPH_GAP_PT = 4;
/** PowerPoint's single line spacing is about 1.2 em for these faces. */
const LINE_SPACING = 1.2;
/**
 * Text is measured with the app's own fonts (Noto Sans, Vazirmatn: `shared/layout`) while the
 * slides name system faces (see `slideFont`); the margin covers the difference (Arial is
 * narrower than Noto Sans, Tahoma's Persian about as wide as Vazirmatn's) so that a line
 * measured to fit does fit.
 */
const WIDTH_MARGIN = 1.08;
const PX_PER_INCH = 96;
const PX_PER_PT = 96 / 72;

/**
 * The face the slides name. Slides travel to machines without the app's fonts, so they name
 * faces that PowerPoint's and Keynote's machines have and LibreOffice substitutes well:
 * Arial (Latin, Polish, Cyrillic; Liberation Sans in LibreOffice), and for right-to-left maps
 * Tahoma, whose Arabic script covers Persian (DejaVu Sans in LibreOffice).
 */
export function slideFont(map: Pick<JourneyMap, 'direction'>): string {
  return map.direction === 'rtl' ? 'Tahoma' : 'Arial';
}

export function lineHeightIn(pt: number): number {
  return (pt * LINE_SPACING) / 72;
}

function styleAt(pt: number, bold: boolean): TextStyle {
  const fontSize = pt * PX_PER_PT;
  return { fontSize, lineHeight: fontSize * LINE_SPACING, weight: bold ? 'bold' : 'regular' };
}

/** How many lines `text` takes at `pt` points in a box `widthIn` inches wide. */
export function lineCount(text: string, pt: number, widthIn: number, bold = false): number {
  const width = (widthIn * PX_PER_INCH) / WIDTH_MARGIN;
  return Math.max(1, wrapText(text, width, styleAt(pt, bold)).lines.length);
}

/** Height in inches of `text` wrapped at `pt` points in a box `widthIn` inches wide. */
export function textHeightIn(text: string, pt: number, widthIn: number, bold = false): number {
  return lineCount(text, pt, widthIn, bold) * lineHeightIn(pt);
}

/** `#1d4ed8` → `1D4ED8`, the form pptxgenjs takes. */
export function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}
