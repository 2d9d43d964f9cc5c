import type { PdfOptions } from '../options';
import { FOOTER_HEIGHT } from './footer';
import { PT_PER_MM, PT_PER_PX, pageSizePt } from './paper';

export interface PageGeometry {
  /** The page in points. */
  size: { width: number; height: number };
  marginPt: number;
  /** Where the map goes on a map page, in points: inside the margins, above the footer and legend. */
  area: { x: number; y: number; width: number; height: number };
}

/**
 * A map page's geometry from the options: the page, its margins, the footer band and (when
 * the map needs one) the legend band above it. The exporter, the dialog's hints and the
 * readability check all use this, so they agree on the scale a fitted map prints at.
 */
export function pageGeometry(options: PdfOptions, legendHeightPx = 0): PageGeometry {
  const size = pageSizePt(options.page, options.orientation);
  const marginPt = options.marginMm * PT_PER_MM;
  const bottomPt = (FOOTER_HEIGHT + legendHeightPx) * PT_PER_PX;
  return {
    size,
    marginPt,
    area: {
      x: marginPt,
      y: marginPt,
      width: size.width - 2 * marginPt,
      height: Math.max(1, size.height - 2 * marginPt - bottomPt),
    },
  };
}
