import { jsPDF } from 'jspdf';
import { layoutMap, type MapLayout } from '../../layout';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import type { PdfOptions } from '../options';
import { posterLayout } from '../poster';
import { breathe, stepProgress, type ExportRun } from '../progress';
import { shapesIn } from '../scene/bounds';
import { buildScene } from '../scene/buildScene';
import { fontsUsed } from '../scene/fontsUsed';
import type { Scene } from '../scene/types';
import { drawCover } from './coverPage';
import { drawFooter, drawTileLegend, FOOTER_HEIGHT } from './footer';
import { PageLayout } from './pageLayout';
import { PT_PER_MM, PT_PER_PX, pageSizePt } from './paper';
import { PdfCanvas } from './pdfCanvas';
import { registerFonts } from './pdfFonts';
import type { ExportAssets } from '../assets';
import { drawPersona } from './personaPages';
import { summaryRows } from './summary';
import { drawSummaryTable } from './summaryTable';
import { fitScale, tileGrid } from './tiling';

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

/** Pages that carry a footer, and what kind (tiled map pages also get the grid legend). */
interface PageInfo {
  tile?: { column: number; row: number };
}

/**
 * The PDF deliverable: cover, persona pages, the map (fitted on one page, tiled across pages at
 * print size, or as a poster), the pain points and opportunities table, then footers with
 * page numbers on every page but the cover. All text is text (see PdfCanvas).
 */
export async function exportPdf(
  map: JourneyMap,
  options: PdfOptions,
  ctx: PdfContext,
): Promise<Uint8Array> {
  const { t } = ctx;
  const size = pageSizePt(options.page, options.orientation);
  const doc = new jsPDF({
    unit: 'pt',
    format: [size.width, size.height],
    orientation: options.orientation,
    compress: true,
    putOnlyUsedFonts: true,
  });
  const dir = map.direction;
  const marginPt = options.marginMm * PT_PER_MM;
  const marginPx = marginPt / PT_PER_PX;
  const footerPt = FOOTER_HEIGHT * PT_PER_PX;
  const area = {
    x: marginPt,
    y: marginPt,
    width: size.width - 2 * marginPt,
    height: size.height - 2 * marginPt - footerPt,
  };

  const layout: MapLayout = options.poster ? posterLayout(map, area).layout : layoutMap(map);
  const scene = buildScene(layout, t);
  const rows = options.summary ? summaryRows(map) : [];
  const personas = options.personas ? map.personas : [];
  const extraText = [
    map.title,
    map.description,
    map.client,
    map.author,
    ...personas.flatMap((p) => [
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
  ];
  await registerFonts(doc, fontsUsed(scene, extraText), ctx.assets);
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
  let first = true;
  const addPage = (info: PageInfo = {}): PageLayout => {
    if (!first) doc.addPage([size.width, size.height], options.orientation);
    first = false;
    pages.push(info);
    return new PageLayout(doc, size.width, size.height, dir);
  };
  const flow = {
    top: marginPx,
    bottom: (size.height - marginPt - footerPt) / PT_PER_PX,
    margin: marginPx,
  };

  if (options.cover) drawCover(addPage(), map, options.date || ctx.today, t);
  for (const [index, persona] of personas.entries()) {
    const page = addPage();
    drawPersona(page, map, persona, index, flow, () => addPage(), t);
    await breathe(ctx);
  }

  const mapPages = await drawMapPages(doc, scene, options, {
    area,
    addPage,
    ctx,
    rtl: dir === 'rtl',
  });
  if (options.summary) {
    const page = addPage();
    drawSummaryTable(page, rows, flow, () => addPage(), t);
  }

  // Footers last, when the page count is known.
  const label = [map.title, map.client].filter((s) => s.trim() !== '').join(' · ');
  const firstNumbered = options.cover ? 2 : 1;
  pages.forEach((info, i) => {
    if (i + 1 < firstNumbered) return;
    doc.setPage(i + 1);
    const page = new PageLayout(doc, size.width, size.height, dir);
    drawFooter(page, marginPx, label, i + 1, pages.length, t);
    if (info.tile && mapPages.grid)
      drawTileLegend(page, marginPx, mapPages.grid, info.tile, map.brandColor, t);
  });
  await breathe(ctx);
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  ctx.onProgress?.(1);
  return bytes;
}

interface MapPagesInput {
  area: { x: number; y: number; width: number; height: number };
  addPage: (info?: PageInfo) => PageLayout;
  ctx: PdfContext;
  rtl: boolean;
}

/** The map on one page (fit, poster) or across a grid of pages (tile). */
async function drawMapPages(
  doc: jsPDF,
  scene: Scene,
  options: PdfOptions,
  input: MapPagesInput,
): Promise<{ grid: { columns: number; rows: number } | null }> {
  const { area, addPage, ctx } = input;
  const b = scene.bounds;
  if (options.fit === 'page' || options.poster) {
    addPage();
    const scale = fitScale(b, area);
    const dx = area.x + (area.width - b.width * scale) / 2 - b.x * scale;
    const dy = area.y + (options.poster ? 0 : (area.height - b.height * scale) / 2) - b.y * scale;
    const canvas = new PdfCanvas(doc, { scale, dx, dy });
    for (const shape of scene.shapes) canvas.draw(shape);
    stepProgress(ctx, 9, 10);
    return { grid: null };
  }
  const scale = (options.tileScalePercent / 100) * PT_PER_PX;
  const grid = tileGrid(b, area, scale, options.overlapMm * PT_PER_MM, input.rtl);
  for (const [i, tile] of grid.tiles.entries()) {
    addPage({ tile: { column: tile.column, row: tile.row } });
    const v = tile.view;
    // A narrower last sheet sits at the map's start edge of the page.
    const left = input.rtl ? area.x + area.width - v.width * scale : area.x;
    const canvas = new PdfCanvas(doc, { scale, dx: left - v.x * scale, dy: area.y - v.y * scale });
    canvas.clip(v);
    for (const shape of shapesIn(scene.shapes, v)) canvas.draw(shape);
    canvas.unclip();
    stepProgress(ctx, 1 + ((i + 1) / grid.tiles.length) * 8, 10);
    await breathe(ctx);
  }
  return { grid };
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
