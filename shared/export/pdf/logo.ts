import type { jsPDF } from 'jspdf';
import type { ExportAssets } from '../assets';
import { fromBase64, fromUtf8 } from '../binary';

/** A cover logo ready for jsPDF: PNG or JPEG data and its pixel size. */
export interface PdfImage {
  data: string | Uint8Array;
  format: 'PNG' | 'JPEG';
  width: number;
  height: number;
}

/** How wide (px) an SVG logo is rasterised: sharp at the cover's logo size when printed. */
const SVG_RASTER_WIDTH = 800;

/**
 * The map's logo (a data: URL) as an image jsPDF can embed: PNG and JPEG as they are, SVG
 * rasterised by the host (the browser's canvas, resvg in Node), since jsPDF draws no SVG.
 * Null when there is no logo or it cannot be read: the cover goes out without it.
 */
export async function pdfLogo(
  doc: jsPDF,
  logo: string | undefined,
  assets: ExportAssets,
): Promise<PdfImage | null> {
  const match = logo?.match(/^data:image\/(png|jpeg|svg\+xml);base64,/);
  if (!logo || !match) return null;
  try {
    let image: Omit<PdfImage, 'width' | 'height'>;
    if (match[1] === 'svg+xml') {
      if (!assets.rasterizeSvg) return null;
      const svg = fromUtf8(fromBase64(logo.slice(match[0].length)));
      image = { data: await assets.rasterizeSvg(svg, SVG_RASTER_WIDTH), format: 'PNG' };
    } else {
      image = { data: logo, format: match[1] === 'png' ? 'PNG' : 'JPEG' };
    }
    const { width, height } = doc.getImageProperties(image.data);
    return width > 0 && height > 0 ? { ...image, width, height } : null;
  } catch {
    return null; // an image jsPDF cannot decode: no logo rather than no PDF
  }
}
