import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ExportAssets } from '../../../shared/export/assets';
import { FONT_FILES, type FontFace, type FontWeight } from '../../../shared/layout';

/**
 * The export core's assets in plain Node (the CLI and the desktop app's main process): the
 * bundled TTFs read with fs from the font packages in node_modules, resolved from the app's
 * root folder (the repository, or the packaged app), each read once; an SVG cover logo
 * rasterised by resvg (a native module, loaded only when a map has one).
 */
export function nodeAssets(appRoot: string): ExportAssets {
  const resolve = createRequire(path.join(appRoot, 'package.json')).resolve;
  const cache = new Map<string, Promise<Uint8Array>>();
  return {
    font(face: FontFace, weight: FontWeight): Promise<Uint8Array> {
      const file = FONT_FILES[face].files[weight];
      let bytes = cache.get(file);
      if (!bytes) {
        bytes = readFile(resolve(file)).then((b) => new Uint8Array(b));
        cache.set(file, bytes);
      }
      return bytes;
    },
    async rasterizeSvg(svg: string, widthPx: number): Promise<Uint8Array> {
      const { Resvg } = await import('@resvg/resvg-js');
      const image = new Resvg(svg, { fitTo: { mode: 'width', value: widthPx } }).render();
      return new Uint8Array(image.asPng());
    },
  };
}
