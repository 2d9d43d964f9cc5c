import { compareMaps } from '../../compare';
import type { JourneyMap } from '../../model';
import { utf8 } from '../binary';
import type { ExportContext, ExportResult, VectorFormat } from '../exportDocument';
import { deliverableLabels } from '../labels';
import { MIME_TYPES, exportFileName, type ExportOptions } from '../options';
import { fontsUsed } from '../scene/fontsUsed';
import { SCENE_COLORS } from '../scene/colors';
import { buildSvg } from '../svg/buildSvg';
import { fontFaceCss } from '../svg/fontCss';
import { exportComparePdf } from './comparePdf';
import { compareScene } from './compareScene';

/**
 * The visual compare of `before` → `after` as PDF or SVG (`journey-studio export NEW
 * --compare OLD`): the new map with ghosts of removed records and badges on added, changed
 * and moved ones, a legend, and the changes in words. Words speak the new map's language.
 */
export async function exportCompareVector(
  before: JourneyMap,
  after: JourneyMap,
  options: ExportOptions & { format: VectorFormat },
  ctx: ExportContext,
): Promise<ExportResult> {
  const t = deliverableLabels(after, ctx.t);
  const view = compareMaps(before, after, t);
  ctx.onProgress?.(0);
  let bytes: Uint8Array;
  if (options.format === 'pdf') {
    bytes = await exportComparePdf(view, after, options.pdf, { ...ctx, t });
  } else {
    const scene = compareScene(view, t, { list: true });
    const fontCss = options.svg.embedFonts
      ? await fontFaceCss(fontsUsed(scene), ctx.assets)
      : undefined;
    const svg = buildSvg(scene, {
      title: t('compare.export.title', { title: after.title }),
      background: SCENE_COLORS.page,
      ...(fontCss ? { fontCss } : {}),
    });
    bytes = utf8(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`);
  }
  ctx.onProgress?.(1);
  return {
    bytes,
    mimeType: MIME_TYPES[options.format],
    fileName: exportFileName(after.title, options.format),
  };
}
