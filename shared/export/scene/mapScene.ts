import type { MapLayout } from '../../layout';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import { funnelMetrics, funnelOf, funnelText, type Funnel } from '../../metrics';
import { buildScene } from './buildScene';
import { funnelScene } from './funnel';
import { legendGroups, legendShapes } from './legend';
import { shiftShapes } from './shift';
import type { Scene } from './types';

/** Space between the map and its legend, and under the legend, in px. */
const LEGEND_GAP = 16;
/** The widest a funnel under the map gets: bars across a whole poster read badly. */
const FUNNEL_MAX_WIDTH = 720;

/**
 * The map and its legend as one picture (SVG and PNG): the legend under the grid, as wide as
 * the map, so a slide or a chat message carries the key to its codes and colours. A map
 * with a funnel (a count metric with values at two stages or more) has it drawn below.
 */
export function mapSceneWithLegend(map: JourneyMap, layout: MapLayout, t: Translate): Scene {
  const scene = buildScene(layout, t);
  const b = scene.bounds;
  const legend = legendShapes(
    legendGroups(layout, map, t),
    { x: b.x + 8, y: b.y + b.height + LEGEND_GAP, width: Math.max(200, b.width - 16) },
    layout.direction,
  );
  const shapes = [...scene.shapes, ...legend.shapes];
  let height = legend.height === 0 ? b.height : b.height + LEGEND_GAP + legend.height;
  const funnel = mapFunnel(map);
  if (funnel) {
    const width = Math.max(200, Math.min(FUNNEL_MAX_WIDTH, b.width - 16));
    const labels = { ...funnelText(map, funnel, t), direction: layout.direction };
    const drawn = funnelScene(funnel, labels, width);
    // RTL maps start at the right: the funnel keeps to the same edge.
    const x = layout.direction === 'rtl' ? b.x + b.width - 8 - width : b.x + 8;
    shapes.push(...shiftShapes(drawn.elements, x, b.y + height + 2 * LEGEND_GAP));
    height += 2 * LEGEND_GAP + drawn.height;
  }
  if (height === b.height) return scene;
  return { shapes, bounds: { ...b, height: height + LEGEND_GAP / 2 } };
}

/** The funnel an export shows: the map's first count metric on its latest date, if it has two steps. */
export function mapFunnel(map: JourneyMap): Funnel | undefined {
  const metric = funnelMetrics(map)[0];
  const funnel = metric ? funnelOf(map, metric.id) : undefined;
  return funnel && funnel.steps.length >= 2 ? funnel : undefined;
}
