import { CSS_FONT_WEIGHT, FONT_FILES } from '../../layout';
import { toBase64 } from '../binary';
import type { ExportAssets } from '../assets';
import type { FontUse } from '../scene/fontsUsed';

/**
 * `@font-face` rules that carry the fonts a drawing uses as data: URLs, so that an SVG shows
 * the same glyphs on any machine and an SVG rendered as an image (the PNG path, which can load
 * nothing from outside) has its fonts at all. Only the faces and weights used go in.
 */
export async function fontFaceCss(uses: readonly FontUse[], assets: ExportAssets): Promise<string> {
  const rules = await Promise.all(
    uses.map(async ({ face, weight }) => {
      const data = toBase64(await assets.font(face, weight));
      return (
        `@font-face{font-family:'${FONT_FILES[face].family}';font-style:normal;` +
        `font-weight:${CSS_FONT_WEIGHT[weight]};src:url(data:font/ttf;base64,${data}) format('truetype')}`
      );
    }),
  );
  return rules.join('');
}
