import type PptxGenJS from 'pptxgenjs';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import { summaryRows, type SummaryRow } from '../pdf/summary';
import type { SlideSize } from '../options';
import { addHeading, HEADER_FILL, RULE_COLOR, textOptions, type DeckStyle } from './deckStyle';
import {
  BOTTOM_SPACE,
  CELL_MARGIN,
  CONTENT_Y,
  MARGIN,
  PT,
  SLIDE_INCHES,
  lineHeightIn,
  textHeightIn,
} from './frame';

/**
 * The pain points and opportunities table (the PDF's rows: `summaryRows`), as a native table
 * continued across slides with its header row repeated, at PT.table.
 */

/** Column widths in inches, the card text taking what the others leave. */
const FIXED = { kind: 1.25, stage: 1.5, rating: 1.3, votes: 0.7 };

export function summaryColumns(size: SlideSize): number[] {
  const total = SLIDE_INCHES[size].width - 2 * MARGIN;
  const text = total - FIXED.kind - FIXED.stage - FIXED.rating - FIXED.votes;
  return [FIXED.kind, FIXED.stage, text, FIXED.rating, FIXED.votes];
}

/** The table's rows in slides: as many rows to a slide as fit below the header row. */
export function planSummarySlides(map: JourneyMap, size: SlideSize): SummaryRow[][] {
  const rows = summaryRows(map);
  if (rows.length === 0) return [];
  const widths = summaryColumns(size);
  const padding = CELL_MARGIN[0] + CELL_MARGIN[2];
  const inner = (i: number) => (widths[i] ?? 0) - CELL_MARGIN[1] - CELL_MARGIN[3];
  // The header's words are short; two lines cover the longest translation.
  const budget =
    SLIDE_INCHES[size].height - CONTENT_Y - BOTTOM_SPACE - padding - 2 * lineHeightIn(PT.table);
  const slides: SummaryRow[][] = [];
  let current: SummaryRow[] = [];
  let used = 0;
  for (const row of rows) {
    const height =
      padding +
      Math.max(
        textHeightIn(row.text, PT.table, inner(2)),
        textHeightIn(row.stage, PT.table, inner(1)),
      );
    if (current.length > 0 && used + height > budget) {
      slides.push(current);
      current = [];
      used = 0;
    }
    current.push(row);
    used += height;
  }
  slides.push(current);
  return slides;
}

export function drawSummarySlide(
  slide: PptxGenJS.Slide,
  style: DeckStyle,
  rows: SummaryRow[],
  continued: boolean,
  size: SlideSize,
  t: Translate,
): void {
  const title = t('export.summary.title');
  addHeading(slide, style, continued ? t('pptx.continued', { title }) : title);
  const base = { ...textOptions(style, PT.table), margin: CELL_MARGIN, valign: 'top' as const };
  const header = (['kind', 'stage', 'text', 'rating', 'votes'] as const).map((column) => ({
    text: t(`export.summary.columns.${column}`),
    options: { ...base, bold: true, fill: { color: HEADER_FILL } },
  }));
  const body = rows.map((row) =>
    [
      t(`export.summary.kinds.${row.kind}`),
      row.stage,
      row.text,
      row.rating === undefined ? '' : t(`export.summary.ratings.${row.rating}`),
      row.votes > 0 ? String(row.votes) : '',
    ].map((text) => ({ text, options: { ...base, ...textOptions(style, PT.table, text) } })),
  );
  const widths = summaryColumns(size);
  // Right to left, the first column stands at the right (the table is mirrored).
  const order = (cells: PptxGenJS.TableCell[]) => (style.rtl ? [...cells].reverse() : cells);
  slide.addTable([header, ...body].map(order), {
    x: MARGIN,
    y: CONTENT_Y,
    w: widths.reduce((a, b) => a + b, 0),
    colW: style.rtl ? [...widths].reverse() : widths,
    border: { type: 'solid', pt: 0.75, color: RULE_COLOR },
  });
}
