import type { DeepPartial, ExportOptions } from './options';

/**
 * What the headless export page offers as `window.journeyExport` (the CLI and the hidden
 * window call it by script; it is ready when `<html data-ready="true">`).
 */
export interface HeadlessApi {
  /** Runs the map file's text through the loader gate and exports it: the file, base64. */
  exportMap(
    text: string,
    options: DeepPartial<ExportOptions>,
    today?: string,
    /** An older version's text: the export is then the visual compare of it → `text`. */
    compareText?: string,
    /** A fixed PDF creation time (ISO 8601), so a test can compare bytes with Node's. */
    creationDate?: string,
  ): Promise<{ base64: string; mimeType: string }>;
}

/** The page's file inside the built renderer (dist/renderer). */
export const EXPORT_PAGE = 'export.html';
