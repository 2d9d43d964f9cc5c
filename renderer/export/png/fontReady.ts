import { FONT_FILES, CSS_FONT_WEIGHT } from '../../../shared/layout';
import type { FontUse } from '../../../shared/export/scene/fontsUsed';

/** A character each face draws, to see whether the face has loaded. */
const SAMPLE = { latin: 'H', arabic: 'ب' } as const;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the fonts of `css` draw inside an SVG image. Chromium loads an SVG image's
 * `@font-face` fonts after the image itself, and draws its text invisible until then, so the
 * first tiles of a PNG could lose their text. A small image with one sample glyph per face is
 * drawn until every glyph shows; after that the font data is in the browser's memory cache and
 * the map's tiles get it at once. Gives up after `timeoutMs` (the tiles are drawn anyway).
 */
export async function fontsReadyInImages(
  doc: Document,
  uses: readonly FontUse[],
  css: string,
  timeoutMs = 5000,
): Promise<boolean> {
  if (uses.length === 0) return true;
  const row = 48;
  const width = 64;
  const height = row * uses.length;
  const texts = uses
    .map(
      ({ face, weight }, i) =>
        `<text x="8" y="${i * row + 38}" font-size="40" font-family="'${FONT_FILES[face].family}'" font-weight="${CSS_FONT_WEIGHT[weight]}">${SAMPLE[face]}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><style>${css}</style>${texts}</svg>`;
  const image = doc.createElement('img');
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return false;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    context.clearRect(0, 0, width, height);
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, width, height).data;
    const inked = uses.every((_, i) => {
      for (let p = i * row * width * 4 + 3; p < (i + 1) * row * width * 4; p += 4) {
        if ((pixels[p] ?? 0) > 128) return true;
      }
      return false;
    });
    if (inked) return true;
    if (performance.now() > deadline) return false;
    await wait(25);
  }
}
