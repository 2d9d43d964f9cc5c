import { isUiLanguage } from '../../shared/i18n/languages';
import { createTranslate } from '../../shared/i18n/translate';
import type { Translate } from '../../shared/load';
import type { JourneyMap } from '../../shared/model';
import { fontBytes } from '../fonts/fonts';
import { isoDate } from './dates';
import { exportFileName, MIME_TYPES, type ExportOptions } from './options';
import type { FontSource } from './pdf/pdfFonts';
import type { ExportRun } from './progress';

export interface ExportContext extends ExportRun {
  /** The UI's translator: labels for a map in a language the UI does not speak. */
  t: Translate;
  /** The bundled TTFs; default: fetched from the app's own assets. */
  fonts?: FontSource;
  /** For the PNG exporter's off-screen tiles; default: this page's document. */
  document?: Document;
  /** The cover date when the options name none; default: today, local time. */
  today?: string;
}

export interface ExportResult {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}

/**
 * A deliverable's own words (cover labels, page numbers, the summary table's headings)
 * speak the map's language, not the UI's: a Ukrainian consultant's English map goes to its
 * client in English, a Persian map's PDF says صفحه. Languages the UI lacks get the UI's.
 */
export function deliverableLabels(map: Pick<JourneyMap, 'language'>, uiT: Translate): Translate {
  const base = map.language.toLowerCase().split(/[-_]/)[0] ?? '';
  return isUiLanguage(base) ? createTranslate(base) : uiT;
}

/**
 * One export, whatever the format: the dialog and the headless export page both call this.
 * Each format's code is loaded when first used (jsPDF and html-to-image stay out of the
 * editor's start-up bundle).
 */
export async function exportMap(
  map: JourneyMap,
  options: ExportOptions,
  ctx: ExportContext,
): Promise<ExportResult> {
  const fonts = ctx.fonts ?? fontBytes;
  const run = {
    t: deliverableLabels(map, ctx.t),
    fonts,
    signal: ctx.signal,
    onProgress: ctx.onProgress,
  };
  ctx.onProgress?.(0);
  let bytes: Uint8Array;
  switch (options.format) {
    case 'pdf': {
      const { exportPdf } = await import('./pdf/exportPdf');
      bytes = await exportPdf(map, options.pdf, {
        ...run,
        today: ctx.today ?? isoDate(new Date()),
      });
      break;
    }
    case 'png': {
      const { exportPng } = await import('./png/exportPng');
      bytes = await exportPng(map, options.png, { ...run, document: ctx.document ?? document });
      break;
    }
    case 'svg': {
      const { exportSvg } = await import('./svg/exportSvg');
      bytes = await exportSvg(map, options.svg, run);
      break;
    }
  }
  return {
    bytes,
    mimeType: MIME_TYPES[options.format],
    fileName: exportFileName(map.title, options.format),
  };
}
