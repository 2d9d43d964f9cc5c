import { toCanvas } from 'html-to-image';
import { layoutMap } from '../../../shared/layout';
import type { Translate } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import type { PngOptions } from '../options';
import type { FontSource } from '../pdf/pdfFonts';
import { breathe, type ExportRun } from '../progress';
import { buildScene } from '../scene/buildScene';
import { fontsUsed } from '../scene/fontsUsed';
import { buildSvg } from '../svg/buildSvg';
import { fontFaceCss } from '../svg/fontCss';
import { pngBands } from './pngTiles';
import { PngWriter } from './pngWriter';

export interface PngContext extends ExportRun {
  t: Translate;
  fonts: FontSource;
  /** The page's document: tiles are rendered in an off-screen element of it. */
  document: Document;
}

/** Size in device pixels of a map exported at `scale`. */
export function pngSize(bounds: { width: number; height: number }, scale: number) {
  return { width: Math.ceil(bounds.width * scale), height: Math.ceil(bounds.height * scale) };
}

/**
 * The whole map as one PNG at 1×, 2× or 4×. The map is drawn as SVG (the same scene as the SVG
 * export) and html-to-image renders it tile by tile (at most 4096 px a side, within Chromium's
 * canvas limits); the tiles' pixels are streamed band by band into one PNG file, so the size
 * of the map has no limit but memory for one band. White or transparent ground: the colour is
 * painted by the wrapper element, not html-to-image's `backgroundColor`.
 */
export async function exportPng(
  map: JourneyMap,
  options: PngOptions,
  ctx: PngContext,
): Promise<Uint8Array> {
  const scene = buildScene(layoutMap(map), ctx.t);
  const b = scene.bounds;
  const scale = options.scale;
  const { width, height } = pngSize(b, scale);
  const fontCss = await fontFaceCss(fontsUsed(scene), ctx.fonts);
  await breathe(ctx.signal);

  const doc = ctx.document;
  const host = doc.createElement('div');
  // Off screen and out of the way, but rendered (html-to-image reads computed styles).
  host.style.cssText = 'position:fixed;left:-200000px;top:0;pointer-events:none;';
  host.setAttribute('aria-hidden', 'true');
  const wrapper = doc.createElement('div');
  wrapper.style.cssText = `margin:0;padding:0;line-height:0;background:${options.background === 'white' ? '#ffffff' : 'transparent'};`;
  host.append(wrapper);
  doc.body.append(host);

  const writer = new PngWriter(width, height, options.background === 'transparent');
  const bands = pngBands(width, height);
  const total = bands.reduce((sum, band) => sum + band.tiles.length, 0);
  let done = 0;
  try {
    for (const band of bands) {
      const pixels = new Uint8ClampedArray(width * band.height * 4);
      for (const tile of band.tiles) {
        const view = {
          x: b.x + tile.x / scale,
          y: b.y + tile.y / scale,
          width: tile.width / scale,
          height: tile.height / scale,
        };
        wrapper.style.width = `${view.width}px`;
        wrapper.style.height = `${view.height}px`;
        wrapper.innerHTML = buildSvg(scene, { view });
        const canvas = await toCanvas(wrapper, {
          pixelRatio: scale,
          width: view.width,
          height: view.height,
          fontEmbedCSS: fontCss,
          skipAutoScale: true,
        });
        const context = canvas.getContext('2d', { willReadFrequently: true });
        if (!context) throw new Error('no 2D canvas context');
        const image = context.getImageData(0, 0, tile.width, tile.height).data;
        for (let row = 0; row < tile.height; row += 1) {
          const from = row * tile.width * 4;
          pixels.set(image.subarray(from, from + tile.width * 4), (row * width + tile.x) * 4);
        }
        canvas.width = 0; // free the tile's memory now, not at the next GC
        done += 1;
        ctx.onProgress?.(0.05 + (0.9 * done) / total);
        await breathe(ctx.signal);
      }
      await writer.addRows(pixels, band.height);
    }
    const bytes = await writer.finish();
    ctx.onProgress?.(1);
    return bytes;
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    host.remove();
  }
}
