import { layoutMap, type MapLayout } from '../../layout';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import type { PdfOptions } from '../options';
import { posterLayout } from '../poster';
import { legendGroups, legendShapes } from '../scene/legend';
import type { Shape } from '../scene/types';
import { FOOTER_HEIGHT } from './footer';
import { pageGeometry, type PageGeometry } from './pageArea';
import { PT_PER_MM, PT_PER_PX } from './paper';

/** Space between the map and its legend, px. */
const LEGEND_GAP = 10;

export interface MapPagePlan {
  geometry: PageGeometry;
  /** The legend at the foot of every map page, in page px; empty when nothing needs it. */
  legend: Shape[];
  /** The map's layout (a poster's is stretched to fill the page). */
  layout: MapLayout;
}

/**
 * What a map page holds and where: the legend at its foot (as wide as the page's text), the
 * area left for the map above it, and the layout drawn there. The exporter and the fit check
 * (readability.ts) both plan with this, so they agree on the scale the map prints at.
 */
export function planMapPage(map: JourneyMap, options: PdfOptions, t: Translate): MapPagePlan {
  const natural = layoutMap(map);
  const groups = legendGroups(natural, map, t);
  const size = pageGeometry(options).size;
  const margin = (options.marginMm * PT_PER_MM) / PT_PER_PX;
  const box = (y: number) => ({ x: margin, y, width: size.width / PT_PER_PX - 2 * margin });
  const height = legendShapes(groups, box(0), map.direction).height;
  const geometry = pageGeometry(options, height > 0 ? height + LEGEND_GAP : 0);
  const legendTop = size.height / PT_PER_PX - margin - FOOTER_HEIGHT - height;
  const legend = legendShapes(groups, box(legendTop), map.direction).shapes;
  const layout = options.poster ? posterLayout(map, geometry.area).layout : natural;
  return { geometry, legend, layout };
}
