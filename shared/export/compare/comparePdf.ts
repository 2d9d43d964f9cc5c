import type { CompareView } from '../../compare';
import type { Translate } from '../../load';
import { textBlock, type TextStyle } from '../../layout';
import type { JourneyMap } from '../../model';
import type { ExportAssets } from '../assets';
import type { PdfOptions } from '../options';
import { breathe, type ExportRun } from '../progress';
import { fontsUsed } from '../scene/fontsUsed';
import { drawFooter } from '../pdf/footer';
import { newPdfDocument } from '../pdf/jspdfShaping';
import { pageGeometry } from '../pdf/pageArea';
import { PAGE_COLORS, PAGE_STYLES, PageLayout } from '../pdf/pageLayout';
import { PT_PER_PX } from '../pdf/paper';
import { PdfCanvas } from '../pdf/pdfCanvas';
import { registerFonts } from '../pdf/pdfFonts';
import { fitScale } from '../pdf/tiling';
import { compareScene } from './compareScene';

export interface ComparePdfContext extends ExportRun {
  /** Labels in the map's language. */
  t: Translate;
  assets: ExportAssets;
  creationDate?: Date;
}

/**
 * The review artifact as PDF: a first page with a heading, the new map with the compare
 * marks and legend fitted on it, then the changes in words on as many pages as they take;
 * page numbers in the footer. Text stays text (searchable: a CI artifact can be grepped).
 * Of the PDF options it uses the page, orientation and margins; the map is always fitted.
 */
export async function exportComparePdf(
  view: CompareView,
  after: JourneyMap,
  options: PdfOptions,
  ctx: ComparePdfContext,
): Promise<Uint8Array> {
  const { t } = ctx;
  const geometry = pageGeometry(options);
  const { size } = geometry;
  const doc = newPdfDocument(size, options.orientation);
  const scene = compareScene(view, t, { list: false });
  const title = t('compare.export.title', { title: after.title || t('editor.untitled') });
  const heading = t('compare.list.heading', { count: view.entries.length });
  await registerFonts(
    doc,
    fontsUsed(scene, [title, heading, t('compare.list.none'), ...view.entries.map((e) => e.text)]),
    ctx.assets,
  );
  doc.setDocumentProperties({ title, creator: t('app.name') });
  if (ctx.creationDate) doc.setCreationDate(ctx.creationDate);
  doc.setLanguage(after.language as never); // jsPDF's type lists a few tags; any BCP 47 tag is valid PDF
  await breathe(ctx);

  const dir = after.direction;
  const margin = geometry.marginPt / PT_PER_PX;
  const inner = size.width / PT_PER_PX - 2 * margin;
  const bottom = geometry.area.y / PT_PER_PX + geometry.area.height / PT_PER_PX;
  let pageCount = 0;
  const addPage = (): PageLayout => {
    if (pageCount > 0) doc.addPage([size.width, size.height], options.orientation);
    pageCount += 1;
    return new PageLayout(doc, size.width, size.height, dir);
  };

  // Page 1: heading, then the map fitted in what is left.
  const first = addPage();
  const titleBlock = first.text(
    title,
    { x: first.startX(margin, inner), y: margin, width: inner },
    PAGE_STYLES.heading,
    PAGE_COLORS.text,
    { maxLines: 2 },
  );
  const top = margin + titleBlock.height + 12;
  const area = {
    x: geometry.area.x,
    y: top * PT_PER_PX,
    width: geometry.area.width,
    height: (bottom - top) * PT_PER_PX,
  };
  const b = scene.bounds;
  const scale = fitScale(b, area);
  const canvas = new PdfCanvas(doc, {
    scale,
    dx: area.x + (area.width - b.width * scale) / 2 - b.x * scale,
    dy: area.y - b.y * scale,
  });
  for (const shape of scene.shapes) canvas.draw(shape);
  await breathe(ctx);

  // Then the change list.
  let page = addPage();
  let y = margin;
  const line = (text: string, style: TextStyle, color: string): void => {
    const height = textBlock(text, 0, 0, inner, style, 'left').height;
    if (y + height > bottom && y > margin) {
      page = addPage();
      y = margin;
    }
    const block = page.text(text, { x: page.startX(margin, inner), y, width: inner }, style, color);
    y += block.height + 4;
  };
  line(heading, PAGE_STYLES.heading, PAGE_COLORS.text);
  y += 8;
  if (view.entries.length === 0) line(t('compare.list.none'), PAGE_STYLES.body, PAGE_COLORS.muted);
  for (const entry of view.entries) line(entry.text, PAGE_STYLES.body, PAGE_COLORS.text);

  for (let i = 1; i <= pageCount; i += 1) {
    doc.setPage(i);
    drawFooter(new PageLayout(doc, size.width, size.height, dir), margin, title, i, pageCount, t);
  }
  ctx.onProgress?.(1);
  return new Uint8Array(doc.output('arraybuffer'));
}
