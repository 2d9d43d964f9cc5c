import notoSansBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import notoSansRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import vazirmatnBold from 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf?url';
import vazirmatnRegular from 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf?url';
import {
  CSS_FONT_WEIGHT,
  FONT_FACES,
  FONT_FILES,
  FONT_WEIGHTS,
  type FontFace as MapFontFace,
  type FontWeight,
} from '../../shared/layout';
import type { ExportAssets } from '../../shared/export/assets';

/**
 * The map fonts bundled with the app (the TTFs the layout measured, see shared/layout/fonts.ts):
 * installed as web fonts for the canvas, and read as bytes by the PDF exporter, so that every
 * surface draws the same glyphs on every machine.
 */
export const FONT_URLS: Record<MapFontFace, Record<FontWeight, string>> = {
  latin: { regular: notoSansRegular, bold: notoSansBold },
  arabic: { regular: vazirmatnRegular, bold: vazirmatnBold },
};

let installed: Promise<void> | null = null;

/** Registers the map fonts with the document once and resolves when they are loaded. */
export function installMapFonts(): Promise<void> {
  installed ??= Promise.all(
    FONT_FACES.flatMap((face) =>
      FONT_WEIGHTS.map(async (weight) => {
        const font = new FontFace(FONT_FILES[face].family, `url(${FONT_URLS[face][weight]})`, {
          weight: String(CSS_FONT_WEIGHT[weight]),
          style: 'normal',
        });
        document.fonts.add(await font.load());
      }),
    ),
  ).then(() => undefined);
  return installed;
}

const bytesCache = new Map<string, Promise<ArrayBuffer>>();

/** The TTF bytes of a face and weight (for embedding in PDFs). */
export function fontBytes(face: MapFontFace, weight: FontWeight): Promise<ArrayBuffer> {
  const url = FONT_URLS[face][weight];
  let bytes = bytesCache.get(url);
  if (!bytes) {
    bytes = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    bytesCache.set(url, bytes);
  }
  return bytes;
}

/** The export core's assets in the page: the bundled fonts, and SVG rasterised by the browser. */
export const webAssets: ExportAssets = {
  font: async (face, weight) => new Uint8Array(await fontBytes(face, weight)),
  async rasterizeSvg(svg, widthPx) {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const ratio = image.naturalWidth > 0 ? image.naturalHeight / image.naturalWidth : 0.5;
    const canvas = document.createElement('canvas');
    canvas.width = widthPx;
    canvas.height = Math.max(1, Math.round(widthPx * ratio));
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the logo could not be drawn');
    return new Uint8Array(await blob.arrayBuffer());
  },
};
