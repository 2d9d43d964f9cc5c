import { PRIORITY_COLORS, SEVERITY_COLORS, wrapText } from '../../layout';
import type { Translate } from '../../load';
import { PAGE_COLORS, PAGE_STYLES, type PageLayout } from './pageLayout';
import type { SummaryRow } from './summary';

interface Column {
  key: 'kind' | 'stage' | 'text' | 'rating' | 'votes';
  /** Share of the free width (fixed columns have `width`). */
  width?: number;
}

const COLUMNS: Column[] = [
  { key: 'kind', width: 110 },
  { key: 'stage', width: 150 },
  { key: 'text' },
  { key: 'rating', width: 130 },
  { key: 'votes', width: 60 },
];

const PAD = 6;

/**
 * The "Pain points and opportunities" table, over as many pages as it needs, its header
 * repeated on each. Columns run from the start edge (right to left in RTL maps).
 */
export function drawSummaryTable(
  page: PageLayout,
  rows: readonly SummaryRow[],
  area: { top: number; bottom: number; margin: number },
  newPage: () => void,
  t: Translate,
): void {
  const { margin } = area;
  const inner = page.width - 2 * margin;
  const fixed = COLUMNS.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const widths = COLUMNS.map((c) => c.width ?? Math.max(160, inner - fixed));
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cellX = (i: number): number => page.startX(margin + (offsets[i] ?? 0), widths[i] ?? 0);
  const style = PAGE_STYLES.body;

  let y = area.top;
  const heading = page.text(
    t('export.summary.title'),
    { x: page.startX(margin, inner), y, width: inner },
    PAGE_STYLES.heading,
    PAGE_COLORS.text,
    { maxLines: 2 },
  );
  y += heading.height + 12;
  if (rows.length === 0) {
    page.text(
      t('export.summary.empty'),
      { x: page.startX(margin, inner), y, width: inner },
      style,
      PAGE_COLORS.muted,
    );
    return;
  }

  const header = (): void => {
    const height = PAGE_STYLES.bodyBold.lineHeight + 2 * PAD;
    page.rect(page.startX(margin, inner), y, inner, height, PAGE_COLORS.headerFill);
    COLUMNS.forEach((column, i) => {
      const w = (widths[i] ?? 0) - 2 * PAD;
      page.text(
        t(`export.summary.columns.${column.key}`),
        { x: cellX(i) + PAD, y: y + PAD, width: w },
        PAGE_STYLES.bodyBold,
        PAGE_COLORS.text,
        { maxLines: 1 },
      );
    });
    y += height;
  };
  header();

  rows.forEach((row, index) => {
    const values: Record<Column['key'], string> = {
      kind: t(`export.summary.kinds.${row.kind}`),
      stage: row.stage,
      text: row.text,
      rating: row.rating ? t(`export.summary.ratings.${row.rating}`) : '',
      votes: row.votes > 0 ? String(row.votes) : '',
    };
    const lines = COLUMNS.map((c, i) => {
      const max = c.key === 'text' ? 12 : 3;
      return Math.max(
        1,
        wrapText(values[c.key], (widths[i] ?? 0) - 2 * PAD, style, max).lines.length,
      );
    });
    const height = Math.max(...lines) * style.lineHeight + 2 * PAD;
    if (y + height > area.bottom) {
      newPage();
      y = area.top;
      header();
    }
    if (index % 2 === 1) page.rect(page.startX(margin, inner), y, inner, height, PAGE_COLORS.zebra);
    COLUMNS.forEach((column, i) => {
      const w = (widths[i] ?? 0) - 2 * PAD;
      let x = cellX(i) + PAD;
      if (column.key === 'rating' && row.rating) {
        const color =
          row.kind === 'painPoints'
            ? SEVERITY_COLORS[row.rating as keyof typeof SEVERITY_COLORS]
            : PRIORITY_COLORS[row.rating as keyof typeof PRIORITY_COLORS];
        const dotX = page.rtl ? x + w - 8 : x;
        page.canvas.draw({
          kind: 'circle',
          cx: dotX + 4,
          cy: y + PAD + style.lineHeight / 2,
          r: 4,
          fill: color,
        });
        if (!page.rtl) x += 14;
        page.text(values.rating, { x, y: y + PAD, width: w - 14 }, style, PAGE_COLORS.text, {
          maxLines: 3,
        });
        return;
      }
      page.text(values[column.key], { x, y: y + PAD, width: w }, style, PAGE_COLORS.text, {
        maxLines: column.key === 'text' ? 12 : 3,
      });
    });
    y += height;
    page.line(
      page.startX(margin, inner),
      y,
      page.startX(margin, inner) + inner,
      y,
      PAGE_COLORS.rule,
      0.5,
    );
  });
}
