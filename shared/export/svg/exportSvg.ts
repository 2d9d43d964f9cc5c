import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import { layoutMap } from '../../layout';
import type { SvgOptions } from '../options';
import type { ExportAssets } from '../assets';
import { utf8 } from '../binary';
import type { ExportRun } from '../progress';
import { mapSceneWithLegend } from '../scene/mapScene';
import { fontsUsed } from '../scene/fontsUsed';
import { SCENE_COLORS } from '../scene/colors';
import { buildSvg } from './buildSvg';
import { fontFaceCss } from './fontCss';

export interface SvgContext extends ExportRun {
  t: Translate;
  assets: ExportAssets;
}

/** The whole map as an SVG file (UTF-8), on a white ground, fonts embedded if asked. */
export async function exportSvg(
  map: JourneyMap,
  options: SvgOptions,
  ctx: SvgContext,
): Promise<Uint8Array> {
  const scene = mapSceneWithLegend(map, layoutMap(map), ctx.t);
  ctx.onProgress?.(0.3);
  const fontCss = options.embedFonts ? await fontFaceCss(fontsUsed(scene), ctx.assets) : undefined;
  const svg = buildSvg(scene, {
    title: map.title,
    background: SCENE_COLORS.page,
    ...(fontCss ? { fontCss } : {}),
  });
  ctx.onProgress?.(1);
  return utf8(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`);
}
