import { TEXT_STYLES } from '../layout';
import type { Translate } from '../load';
import type { JourneyMap } from '../model';
import type { PdfOptions } from './options';
import { planMapPage } from './pdf/mapPagePlan';
import { fitScale } from './pdf/tiling';
import { posterLayout } from './poster';

/** Print sizes below this (points) are too small to read on paper held at arm's length. */
export const MIN_READABLE_PT = 6;

/**
 * For a PDF that fits the whole map on one page: the size its card text would print at, when
 * that is below a readable size (then the dialog and the CLI warn, and suggest tiling or a
 * bigger page); null when it reads well or the map is tiled. `t`: the deliverable's words
 * (the legend's height depends on them).
 */
export function fitTextWarning(
  map: JourneyMap,
  options: PdfOptions,
  t: Translate,
): { size: string; min: number } | null {
  if (options.fit !== 'page' && !options.poster) return null;
  const { geometry, layout } = planMapPage(map, options, t);
  const scale = options.poster
    ? posterLayout(map, geometry.area).scale
    : fitScale(layout.bounds, geometry.area);
  const size = TEXT_STYLES.card.fontSize * scale; // scale: points per map px
  return size < MIN_READABLE_PT ? { size: size.toFixed(1), min: MIN_READABLE_PT } : null;
}
