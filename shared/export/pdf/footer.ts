import type { Translate } from '../../load';
import { PAGE_COLORS, PAGE_STYLES, type PageLayout } from './pageLayout';
import { tileName } from './tiling';

/** Height (px) reserved at the bottom of every page for the footer. */
export const FOOTER_HEIGHT = 22;

/** Footer: the title (and client) at the start, "Page n of m" at the end, a rule above. */
export function drawFooter(
  page: PageLayout,
  margin: number,
  label: string,
  pageNumber: number,
  pageCount: number,
  t: Translate,
): void {
  const inner = page.width - 2 * margin;
  const top = page.height - margin - FOOTER_HEIGHT + 6;
  page.line(margin, top, margin + inner, top, PAGE_COLORS.rule, 0.5);
  const y = top + 4;
  const numberWidth = 120;
  // Half the width minus room for the legend in the middle.
  const labelWidth = inner / 2 - 90;
  page.text(
    label,
    { x: page.startX(margin, labelWidth), y, width: labelWidth },
    PAGE_STYLES.small,
    PAGE_COLORS.muted,
    { maxLines: 1 },
  );
  page.text(
    t('export.pdf.pageNumber', { page: pageNumber, count: pageCount }),
    { x: page.startX(margin + inner - numberWidth, numberWidth), y, width: numberWidth },
    PAGE_STYLES.small,
    PAGE_COLORS.muted,
    { maxLines: 1, align: page.rtl ? 'left' : 'right' },
  );
}

/**
 * The page-grid legend of a tiled map: a tiny grid of all sheets with this one filled and
 * its name (B3), in the middle of the footer, so that sheets can be laid out in order.
 */
export function drawTileLegend(
  page: PageLayout,
  margin: number,
  grid: { columns: number; rows: number },
  current: { column: number; row: number },
  brand: string,
  t: Translate,
): void {
  const cell = Math.max(3, Math.min(9, 60 / Math.max(grid.columns, grid.rows)));
  const gridW = grid.columns * cell;
  const gridH = grid.rows * cell;
  const label = t('export.pdf.sheet', { name: tileName(current.column, current.row) });
  const labelWidth = 90;
  const total = gridW + 8 + labelWidth;
  const left = (page.width - total) / 2;
  const bottom = page.height - margin - 2;
  const top = bottom - Math.max(gridH, PAGE_STYLES.small.lineHeight);
  for (let row = 0; row < grid.rows; row += 1) {
    for (let column = 0; column < grid.columns; column += 1) {
      // Sheet A is at the map's start edge: the right in RTL maps.
      const col = page.rtl ? grid.columns - 1 - column : column;
      const on = column === current.column && row === current.row;
      page.canvas.draw({
        kind: 'rect',
        x: left + col * cell,
        y: top + row * cell,
        width: cell,
        height: cell,
        fill: on ? brand : '#ffffff',
        stroke: { color: PAGE_COLORS.muted, width: 0.5 },
      });
    }
  }
  page.text(
    label,
    { x: left + gridW + 8, y: top, width: labelWidth },
    PAGE_STYLES.small,
    PAGE_COLORS.text,
    { maxLines: 1, align: 'left' },
  );
}
