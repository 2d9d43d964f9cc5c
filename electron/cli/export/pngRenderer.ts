import type { DeepPartial, ExportOptions } from '../../../shared/export/options';

/**
 * Where the `export` command renders a PNG: a page that runs the app's own exporters (the
 * built renderer's export.html), since a PNG needs a browser's SVG rasteriser. PDF and SVG
 * need no page: the shared core draws them in Node (`vectorExport.ts`). The plain-Node CLI
 * drives an installed Chrome or Chromium (`chromeRenderer`); the packaged app passes a
 * hidden-window renderer through the CLI context, so that this module never imports electron.
 */
export interface ExportRenderer {
  /**
   * The export file's bytes. `text` is a map file's text (the page loads it again);
   * `compareText` an older version's, for the visual compare of it → `text`.
   */
  exportMap(
    text: string,
    options: DeepPartial<ExportOptions>,
    today: string,
    compareText?: string,
    creationDate?: string,
  ): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface RendererRequest {
  /** The built renderer folder (dist/renderer) that holds export.html. */
  rendererDir: string;
  /** A browser to use (`--chrome`); else the usual places are searched. */
  chromePath?: string;
}

/** Opens a renderer, or throws an Error whose message a user can act on. */
export type OpenExportRenderer = (request: RendererRequest) => Promise<ExportRenderer>;
