import type { Translate } from '../../shared/load';
import type { JourneyMap } from '../../shared/model';
import type { ExportAssets } from '../../shared/export/assets';
import { isoDate } from '../../shared/export/dates';
import type { ExportResult } from '../../shared/export/exportDocument';
import { deliverableLabels } from '../../shared/export/labels';
import { exportFileName, MIME_TYPES, type ExportOptions } from '../../shared/export/options';
import type { ExportRun } from '../../shared/export/progress';
import { webAssets } from '../fonts/fonts';
import { pageTurn } from './pageRun';

export type { ExportResult } from '../../shared/export/exportDocument';

export interface PageExportContext extends ExportRun {
  /** The UI's translator: labels for a map in a language the UI does not speak. */
  t: Translate;
  /** The bundled TTFs; default: fetched from the app's own assets. */
  assets?: ExportAssets;
  /** For the PNG exporter's off-screen tiles; default: this page's document. */
  document?: Document;
  /** The cover date when the options name none; default: today, local time. */
  today?: string;
  /** PDF creation time; default: now. */
  creationDate?: Date;
}

/**
 * One export in the page, whatever the format: the dialog and the headless export page call
 * this. PDF, SVG and PowerPoint come from the shared core (the same code the CLI runs in Node); PNG is
 * drawn here, through the browser's SVG renderer. Each format's code is loaded when first
 * used (jsPDF and html-to-image stay out of the editor's start-up bundle).
 */
export async function exportMap(
  map: JourneyMap,
  options: ExportOptions,
  ctx: PageExportContext,
  /** An older version: the export is then the visual compare of it → `map` (a review). */
  before?: JourneyMap,
): Promise<ExportResult> {
  const assets = ctx.assets ?? webAssets;
  const run = { signal: ctx.signal, onProgress: ctx.onProgress, yieldTurn: pageTurn };
  if (options.format === 'pdf' || options.format === 'svg' || options.format === 'pptx') {
    const vector = { ...options, format: options.format };
    const vectorCtx = {
      ...run,
      t: ctx.t,
      assets,
      today: ctx.today ?? isoDate(new Date()),
      ...(ctx.creationDate ? { creationDate: ctx.creationDate } : {}),
    };
    // A compare is a picture (PDF, PNG or SVG); a deck is always the map itself.
    if (before && vector.format !== 'pptx') {
      const { exportCompareVector } = await import('../../shared/export/compare/exportCompare');
      return exportCompareVector(before, map, { ...vector, format: vector.format }, vectorCtx);
    }
    const { exportVector } = await import('../../shared/export/exportDocument');
    return exportVector(map, vector, vectorCtx);
  }
  ctx.onProgress?.(0);
  const t = deliverableLabels(map, ctx.t);
  const png = { ...run, t, assets, document: ctx.document ?? document };
  const { exportPng, exportScenePng } = await import('./png/exportPng');
  let bytes: Uint8Array;
  if (before) {
    const [{ compareMaps }, { compareScene }] = await Promise.all([
      import('../../shared/compare'),
      import('../../shared/export/compare/compareScene'),
    ]);
    const scene = compareScene(compareMaps(before, map, t), t, { list: true });
    bytes = await exportScenePng(scene, options.png, png);
  } else {
    bytes = await exportPng(map, options.png, png);
  }
  return {
    bytes,
    mimeType: MIME_TYPES[options.format],
    fileName: exportFileName(map.title, options.format),
  };
}
