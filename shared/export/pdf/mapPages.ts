import type { jsPDF } from 'jspdf';
import type { MapLayout, Rect } from '../../layout';
import type { PdfOptions } from '../options';
import { breathe, stepProgress, type ExportRun } from '../progress';
import { shapesIn } from '../scene/bounds';
import type { Scene, Shape } from '../scene/types';
import type { PageLayout } from './pageLayout';
import { PT_PER_MM, PT_PER_PX } from './paper';
import { PdfCanvas } from './pdfCanvas';
import { laneStrip, stageStrip } from './repeatedHeaders';
import { fitScale, mapTiling } from './tiling';

/** A page's footer information: tiled map pages also get the sheet grid. */
export interface PageInfo {
  tile?: { column: number; row: number };
}

export interface MapPagesInput {
  doc: jsPDF;
  scene: Scene;
  layout: MapLayout;
  options: PdfOptions;
  /** Where the map goes on the page, points. */
  area: { x: number; y: number; width: number; height: number };
  /** The legend's shapes in page px (drawn on every map page); may be empty. */
  legend: readonly Shape[];
  addPage: (info?: PageInfo) => PageLayout;
  run: ExportRun;
}

/**
 * The map on one page (fit, poster) or across a grid of pages at print size (tile), each map
 * page with the legend at its foot. Returns the grid for the footers' sheet legend.
 */
export async function drawMapPages(
  input: MapPagesInput,
): Promise<{ columns: number; rows: number } | null> {
  const { doc, scene, options, area, run } = input;
  const b = scene.bounds;
  if (options.fit === 'page' || options.poster) {
    const page = input.addPage();
    const scale = fitScale(b, area);
    const dx = area.x + (area.width - b.width * scale) / 2 - b.x * scale;
    const dy = area.y + (options.poster ? 0 : (area.height - b.height * scale) / 2) - b.y * scale;
    const canvas = new PdfCanvas(doc, { scale, dx, dy });
    for (const shape of scene.shapes) canvas.draw(shape);
    for (const shape of input.legend) page.canvas.draw(shape);
    stepProgress(run, 9, 10);
    return null;
  }
  const scale = (options.tileScalePercent / 100) * PT_PER_PX;
  const tiling = mapTiling(input.layout, area, scale, options.overlapMm * PT_PER_MM);
  const rtl = input.layout.direction === 'rtl';
  const { header } = tiling;
  const corner = input.layout.corner;
  for (const [i, tile] of tiling.grid.tiles.entries()) {
    const page = input.addPage({ tile: { column: tile.column, row: tile.row } });
    const v = tile.view;
    const used = (header.width + v.width) * scale;
    // The lane names at the start edge, the tile beside them; a narrower last sheet keeps
    // to the start edge of the page.
    const headerX = rtl ? area.x + area.width - header.width * scale : area.x;
    const contentX = rtl ? area.x + area.width - used : area.x + header.width * scale;
    const contentY = area.y + header.height * scale;
    const part = (view: Rect, x: number, y: number, shapes: readonly Shape[]): void => {
      const canvas = new PdfCanvas(doc, { scale, dx: x - view.x * scale, dy: y - view.y * scale });
      canvas.clip(view);
      for (const shape of shapesIn(shapes, view)) canvas.draw(shape);
      canvas.unclip();
    };
    const layout = input.layout;
    part(v, contentX, contentY, scene.shapes);
    const stages = { x: v.x, y: 0, width: v.width, height: header.height };
    part(stages, contentX, area.y, stageStrip(layout, stages));
    const lanes = { x: corner.x, y: v.y, width: header.width, height: v.height };
    part(lanes, headerX, contentY, [...laneStrip(layout, lanes), ...(scene.blueprint ?? [])]);
    part(corner, headerX, area.y, scene.shapes);
    for (const shape of input.legend) page.canvas.draw(shape);
    stepProgress(run, 1 + ((i + 1) / tiling.grid.tiles.length) * 8, 10);
    await breathe(run);
  }
  return tiling.grid;
}
