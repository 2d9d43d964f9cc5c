import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import type { ExportAssets } from '../assets';
import type { PdfOptions } from '../options';
import { breathe, stepProgress, type ExportRun } from '../progress';
import { buildScene } from '../scene/buildScene';
import { fontsUsed } from '../scene/fontsUsed';
import { drawCover } from './coverPage';
import { drawFooter, drawTileLegend, FOOTER_HEIGHT } from './footer';
import { newPdfDocument } from './jspdfShaping';
import { pdfLogo } from './logo';
import { drawMapPages, type PageInfo } from './mapPages';
import { planMapPage } from './mapPagePlan';
import { drawMetricsPages, hasMetricsPage, metricsPageText } from './metricsPages';
import { PageLayout } from './pageLayout';
import { PT_PER_MM, PT_PER_PX, pageSizePt } from './paper';
import { registerFonts } from './pdfFonts';
import { drawPersona } from './personaPages';
import { summaryRows } from './summary';
import { drawSummaryTable } from './summaryTable';

export interface PdfContext extends ExportRun {
  t: Translate;
  assets: ExportAssets;
  /** Today's date for the cover when the options name none (ISO yyyy-mm-dd). */
  today: string;
  /**
   * The document's creation time (PDF metadata); default: now. Fixed, the same map and
   * options give the same bytes in the page and in Node (tests compare them).
   */
  creationDate?: Date;
}

/**
 * The PDF deliverable: cover, persona pages, the map (fitted on one page, tiled across pages at
 * print size with the stage and lane names repeated, or as a poster) with its legend, the
 * journey metrics (funnels and trends) when the map has values, the pain points and
 * opportunities table, then footers with page numbers on every page but the
 * cover. A poster is the map sheet alone. All text is text (see PdfCanvas).
 */
export async function exportPdf(
  map: JourneyMap,
  options: PdfOptions,
  ctx: PdfContext,
): Promise<Uint8Array> {
  const { t } = ctx;
  // A wall poster is one sheet: no cover, persona pages or table around it.
  const parts = {
    cover: options.cover && !options.poster,
    personas: options.personas && !options.poster ? map.personas : [],
    summary: options.summary && !options.poster,
    metrics: options.metrics && !options.poster && hasMetricsPage(map),
  };
  const size = pageSizePt(options.page, options.orientation);
  const doc = newPdfDocument(size, options.orientation);
  const dir = map.direction;
  const marginPx = (options.marginMm * PT_PER_MM) / PT_PER_PX;

  const { geometry, legend, layout } = planMapPage(map, options, t);
  const scene = buildScene(layout, t);
  const rows = parts.summary ? summaryRows(map) : [];
  const extraText = [
    map.title,
    map.description,
    map.client,
    map.author,
    ...parts.personas.flatMap((p) => [
      p.name,
      p.role,
      p.quote,
      ...p.goals,
      ...p.needs,
      ...p.motivations,
      ...p.pains,
      ...p.channels,
    ]),
    ...rows.flatMap((r) => [r.text, r.stage]),
    ...(parts.metrics ? metricsPageText(map, t) : []),
  ];
  const fonts = fontsUsed(
    { bounds: scene.bounds, shapes: [...scene.shapes, ...legend] },
    extraText,
  );
  await registerFonts(doc, fonts, ctx.assets);
  const logo = parts.cover ? await pdfLogo(doc, map.logo, ctx.assets) : null;
  stepProgress(ctx, 1, 10);
  await breathe(ctx);

  doc.setDocumentProperties({
    title: map.title,
    subject: options.subject || map.description.slice(0, 500),
    author: map.author,
    keywords: options.keywords,
    creator: t('app.name'),
  });
  if (ctx.creationDate) doc.setCreationDate(ctx.creationDate);
  // A file id from what the file is, not a random one: rebuilding an unchanged map in CI
  // changes no byte but the creation date.
  doc.setFileId(fileId(`${map.title}|${map.author}|${JSON.stringify(options)}`));
  doc.setLanguage(map.language as never); // jsPDF's type lists a few tags; any BCP 47 tag is valid PDF

  const pages: PageInfo[] = [];
  const addPage = (info: PageInfo = {}): PageLayout => {
    if (pages.length > 0) doc.addPage([size.width, size.height], options.orientation);
    pages.push(info);
    return new PageLayout(doc, size.width, size.height, dir);
  };
  const flow = {
    top: marginPx,
    bottom: size.height / PT_PER_PX - marginPx - FOOTER_HEIGHT,
    margin: marginPx,
  };

  if (parts.cover) drawCover(addPage(), map, options.date || ctx.today, t, logo);
  for (const persona of parts.personas) {
    const page = addPage();
    drawPersona(page, map, persona, flow, () => addPage(), t);
    await breathe(ctx);
  }
  const grid = await drawMapPages({
    doc,
    scene,
    layout,
    options,
    area: geometry.area,
    legend,
    addPage,
    run: ctx,
  });
  if (parts.metrics) drawMetricsPages(addPage(), map, flow, () => addPage(), t);
  if (parts.summary) drawSummaryTable(addPage(), rows, flow, () => addPage(), t);

  // Footers last, when the page count is known: every page says "n of" the same total.
  const label = [map.title, map.client].filter((s) => s.trim() !== '').join(' · ');
  const firstNumbered = parts.cover ? 2 : 1;
  pages.forEach((info, i) => {
    if (i + 1 < firstNumbered) return;
    doc.setPage(i + 1);
    const page = new PageLayout(doc, size.width, size.height, dir);
    drawFooter(page, marginPx, label, i + 1, pages.length, t);
    if (info.tile && grid) drawTileLegend(page, marginPx, grid, info.tile, map.brandColor, t);
  });
  await breathe(ctx);
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  ctx.onProgress?.(1);
  return bytes;
}

/** 32 hex digits (the PDF trailer's /ID) from a text: two 64-bit FNV-1a hashes. */
function fileId(text: string): string {
  let hex = '';
  for (const seed of [0xcbf29ce484222325n, 0x84222325cbf29ce4n]) {
    let h = seed;
    for (let i = 0; i < text.length; i += 1) {
      h ^= BigInt(text.charCodeAt(i));
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    hex += h.toString(16).padStart(16, '0');
  }
  return hex.toUpperCase();
}
