import type { Translate } from '../load';
import type { JourneyMap } from '../model';
import type { ExportAssets } from './assets';
import { deliverableLabels } from './labels';
import { exportFileName, MIME_TYPES, type ExportOptions } from './options';
import { exportPdf } from './pdf/exportPdf';
import type { ExportRun } from './progress';
import { exportSvg } from './svg/exportSvg';

/** The formats the core draws by itself; PNG needs a rasteriser (a page, see renderer/export). */
export type VectorFormat = 'pdf' | 'svg';
/** What `exportVector` makes: the vector formats and the PowerPoint deck (no rasteriser either). */
export type CoreFormat = VectorFormat | 'pptx';

export interface ExportContext extends ExportRun {
  /** The UI's translator: labels for a map in a language the UI does not speak. */
  t: Translate;
  assets: ExportAssets;
  /** The cover date when the options name none (ISO yyyy-mm-dd). */
  today: string;
  /** PDF creation time; default: now (see PdfContext). */
  creationDate?: Date;
}

export interface ExportResult {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}

export function isVectorFormat(format: ExportOptions['format']): format is VectorFormat {
  return format === 'pdf' || format === 'svg';
}

/**
 * A PDF, SVG or PowerPoint deck of a map: the one function the app's dialog, the headless
 * page, the CLI and the desktop app's main process all call, so that they make the same file.
 */
export async function exportVector(
  map: JourneyMap,
  options: ExportOptions & { format: CoreFormat },
  ctx: ExportContext,
): Promise<ExportResult> {
  const run = { ...ctx, t: deliverableLabels(map, ctx.t) };
  ctx.onProgress?.(0);
  const bytes =
    options.format === 'pdf'
      ? await exportPdf(map, options.pdf, run)
      : options.format === 'pptx'
        ? // Loaded when first used: PDF and SVG exports in the page do without pptxgenjs.
          await (await import('./pptx/exportPptx')).exportPptx(map, options.pptx, run)
        : await exportSvg(map, options.svg, run);
  return {
    bytes,
    mimeType: MIME_TYPES[options.format],
    fileName: exportFileName(map.title, options.format),
  };
}
