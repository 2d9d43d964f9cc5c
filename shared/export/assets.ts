import type { FontFace, FontWeight } from '../layout';

/**
 * What the export core needs from its host and cannot make itself: the bundled TTF bytes
 * (fetched from the app's assets in the page, read from node_modules with fs in Node) and,
 * for a PDF whose cover logo is an SVG, that SVG as a PNG (jsPDF cannot draw SVG).
 */
export interface ExportAssets {
  font(face: FontFace, weight: FontWeight): Promise<Uint8Array>;
  /** An SVG image as PNG bytes `widthPx` wide; absent: an SVG logo is left out of PDFs. */
  rasterizeSvg?(svg: string, widthPx: number): Promise<Uint8Array>;
}
