import { toSvg } from 'html-to-image';
import { layoutMap, type Rect } from '../../../shared/layout';
import type { Translate } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import type { PngOptions } from '../../../shared/export/options';
import type { ExportAssets } from '../../../shared/export/assets';
import { breathe, type ExportRun } from '../../../shared/export/progress';
import { mapSceneWithLegend } from '../../../shared/export/scene/mapScene';
import { fontsUsed } from '../../../shared/export/scene/fontsUsed';
import type { Scene } from '../../../shared/export/scene/types';
import { buildSvg } from '../../../shared/export/svg/buildSvg';
import { fontFaceCss } from '../../../shared/export/svg/fontCss';
import { fontsReadyInImages } from './fontReady';
import { pngBands, type PngTile } from './pngTiles';
import { pngSize } from './pngSize';
import { PngWriter } from './pngWriter';

export interface PngContext extends ExportRun {
  t: Translate;
  assets: ExportAssets;
  /** The page's document: tiles are rendered in an off-screen element of it. */
  document: Document;
}

/**
 * Up to this many pixels the PNG is one canvas that Chromium encodes itself (fast); a bigger
 * one (a large map at 4×) is streamed band by band through our own encoder. Chromium's limit
 * for one canvas is 268 million pixels and 32,767 a side; this stays well inside it.
 */
const ONE_CANVAS_PIXELS = 128 * 1024 * 1024;
const ONE_CANVAS_SIDE = 32_767;

/**
 * The whole map as one PNG at 1×, 2× or 4×. The map is drawn as SVG (the same scene as the SVG
 * export) and html-to-image turns it into an image tile by tile (within Chromium's canvas
 * limits, see pngTiles); the tiles make one canvas, or for images too big for any canvas are
 * streamed band by band into the PNG file. White or transparent ground: the colour is painted
 * by the wrapper element, not html-to-image's `backgroundColor`.
 */
export async function exportPng(
  map: JourneyMap,
  options: PngOptions,
  ctx: PngContext,
): Promise<Uint8Array> {
  return exportScenePng(mapSceneWithLegend(map, layoutMap(map), ctx.t), options, ctx);
}

/** Any scene as a PNG the same way (the compare export draws its own scene). */
export async function exportScenePng(
  scene: Scene,
  options: PngOptions,
  ctx: PngContext,
): Promise<Uint8Array> {
  const { width, height } = pngSize(scene.bounds, options.scale);
  const uses = fontsUsed(scene);
  const fontCss = await fontFaceCss(uses, ctx.assets);
  await fontsReadyInImages(ctx.document, uses, fontCss);
  await breathe(ctx);
  const renderer = new TileRenderer(ctx.document, scene, options, fontCss);
  try {
    const oneCanvas =
      width * height <= ONE_CANVAS_PIXELS && width <= ONE_CANVAS_SIDE && height <= ONE_CANVAS_SIDE;
    const bytes = oneCanvas
      ? await oneCanvasPng(renderer, width, height, ctx)
      : await streamedPng(renderer, width, height, options.background === 'transparent', ctx);
    ctx.onProgress?.(1);
    return bytes;
  } finally {
    renderer.dispose();
  }
}

/** Renders a tile of the map (device px) as an image, through html-to-image. */
class TileRenderer {
  private readonly host: HTMLElement;
  private readonly wrapper: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly scene: Scene,
    private readonly options: PngOptions,
    private readonly fontCss: string,
  ) {
    this.host = doc.createElement('div');
    // Off screen and out of the way, but rendered (html-to-image reads computed styles).
    this.host.style.cssText = 'position:fixed;left:-200000px;top:0;pointer-events:none;';
    this.host.setAttribute('aria-hidden', 'true');
    this.wrapper = doc.createElement('div');
    const ground = options.background === 'white' ? '#ffffff' : 'transparent';
    this.wrapper.style.cssText = `margin:0;padding:0;line-height:0;background:${ground};`;
    this.host.append(this.wrapper);
    doc.body.append(this.host);
  }

  async image(tile: PngTile): Promise<HTMLImageElement> {
    const { scale } = this.options;
    const b = this.scene.bounds;
    const view: Rect = {
      x: b.x + tile.x / scale,
      y: b.y + tile.y / scale,
      width: tile.width / scale,
      height: tile.height / scale,
    };
    this.wrapper.style.width = `${view.width}px`;
    this.wrapper.style.height = `${view.height}px`;
    this.wrapper.innerHTML = buildSvg(this.scene, { view });
    const url = await toSvg(this.wrapper, {
      width: view.width,
      height: view.height,
      fontEmbedCSS: this.fontCss,
    });
    this.wrapper.textContent = '';
    const image = this.doc.createElement('img');
    image.src = url;
    await image.decode();
    return image;
  }

  dispose(): void {
    this.host.remove();
  }
}

async function oneCanvasPng(
  renderer: TileRenderer,
  width: number,
  height: number,
  ctx: PngContext,
): Promise<Uint8Array> {
  const canvas = ctx.document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error(`no canvas of ${width} × ${height} pixels`);
  const tiles = pngBands(width, height).flatMap((band) => band.tiles);
  for (const [i, tile] of tiles.entries()) {
    // The SVG image is rasterised at the size it is drawn: crisp at every scale.
    context.drawImage(await renderer.image(tile), tile.x, tile.y, tile.width, tile.height);
    ctx.onProgress?.(0.05 + (0.75 * (i + 1)) / tiles.length);
    await breathe(ctx);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  canvas.width = 0; // free the pixels now, not at the next GC
  if (!blob) throw new Error('the PNG could not be encoded');
  return new Uint8Array(await blob.arrayBuffer());
}

async function streamedPng(
  renderer: TileRenderer,
  width: number,
  height: number,
  alpha: boolean,
  ctx: PngContext,
): Promise<Uint8Array> {
  const writer = new PngWriter(width, height, alpha);
  const bands = pngBands(width, height);
  const total = bands.reduce((sum, band) => sum + band.tiles.length, 0);
  let done = 0;
  try {
    for (const band of bands) {
      const pixels = new Uint8ClampedArray(width * band.height * 4);
      for (const tile of band.tiles) {
        const canvas = ctx.document.createElement('canvas');
        canvas.width = tile.width;
        canvas.height = tile.height;
        const context = canvas.getContext('2d', { willReadFrequently: true });
        if (!context) throw new Error('no 2D canvas context');
        context.drawImage(await renderer.image(tile), 0, 0, tile.width, tile.height);
        const image = context.getImageData(0, 0, tile.width, tile.height).data;
        for (let row = 0; row < tile.height; row += 1) {
          const from = row * tile.width * 4;
          pixels.set(image.subarray(from, from + tile.width * 4), (row * width + tile.x) * 4);
        }
        canvas.width = 0;
        done += 1;
        ctx.onProgress?.(0.05 + (0.9 * done) / total);
        await breathe(ctx);
      }
      await writer.addRows(pixels, band.height);
    }
    return await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
