import type { MapLayout } from '../../layout';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import { buildScene } from './buildScene';
import { legendGroups, legendShapes } from './legend';
import type { Scene } from './types';

/** Space between the map and its legend, and under the legend, in px. */
const LEGEND_GAP = 16;

/**
 * The map and its legend as one picture (SVG and PNG): the legend under the grid, as wide as
 * the map, so a slide or a chat message carries the key to its codes and colours.
 */
export function mapSceneWithLegend(map: JourneyMap, layout: MapLayout, t: Translate): Scene {
  const scene = buildScene(layout, t);
  const b = scene.bounds;
  const legend = legendShapes(
    legendGroups(layout, map, t),
    { x: b.x + 8, y: b.y + b.height + LEGEND_GAP, width: Math.max(200, b.width - 16) },
    layout.direction,
  );
  if (legend.height === 0) return scene;
  return {
    shapes: [...scene.shapes, ...legend.shapes],
    bounds: { ...b, height: b.height + LEGEND_GAP + legend.height + LEGEND_GAP / 2 },
  };
}
