import type { ExportAssets } from '../assets';
import { fromBase64, fromUtf8, toBase64 } from '../binary';

/** An image ready for pptxgenjs (`data`: `image/png;base64,…`) and its size in pixels. */
export interface SlideImage {
  data: string;
  width: number;
  height: number;
}

/** How wide (px) an SVG logo is rasterised: sharp at the title slide's logo size. */
const SVG_RASTER_WIDTH = 800;

/**
 * A map's logo or a persona's photo (a data: URL) as a slide image. PNG and JPEG go in as they
 * are; an SVG is rasterised by the host first, as for the PDF (older PowerPoints draw no SVG).
 * Null when there is none or it cannot be read: the slide goes out without it.
 */
export async function slideImage(
  url: string | undefined,
  assets: ExportAssets | undefined,
): Promise<SlideImage | null> {
  const match = url?.match(/^data:image\/(png|jpeg|svg\+xml);base64,/);
  if (!url || !match) return null;
  try {
    let bytes = fromBase64(url.slice(match[0].length));
    let type = match[1] === 'jpeg' ? 'jpeg' : 'png';
    if (match[1] === 'svg+xml') {
      if (!assets?.rasterizeSvg) return null;
      bytes = await assets.rasterizeSvg(fromUtf8(bytes), SVG_RASTER_WIDTH);
      type = 'png';
    }
    const size = type === 'png' ? pngSize(bytes) : jpegSize(bytes);
    return size ? { data: `image/${type};base64,${toBase64(bytes)}`, ...size } : null;
  } catch {
    return null; // undecodable base64 or a failed rasterisation: no image rather than no file
  }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Width and height from a JPEG's first start-of-frame marker. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    // SOF0…SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = view.getUint16(at + 5);
      const width = view.getUint16(at + 7);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    at += 2 + length;
  }
  return null;
}

/** The largest size with the image's proportions inside a `w` × `h` box. */
export function fitInside(image: SlideImage, w: number, h: number): { w: number; h: number } {
  const scale = Math.min(w / image.width, h / image.height);
  return { w: image.width * scale, h: image.height * scale };
}
