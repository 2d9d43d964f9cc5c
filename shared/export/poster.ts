import { LAYOUT, layoutMap, type MapLayout } from '../layout';
import type { JourneyMap } from '../model';

/**
 * A map laid out as a wall poster for a workshop: the whole map fills the page area, with
 * the rows (or, for a tall map, the columns) stretched so that empty cells are as big as the
 * paper allows. On A0 a six-by-six map gets cells of about 17 × 13 cm: room for two sticky
 * notes or five lines of marker writing. Cards keep their place at the top of their cell.
 */
export function posterLayout(
  map: JourneyMap,
  area: { width: number; height: number },
): { layout: MapLayout; scale: number } {
  const natural = layoutMap(map);
  const scale = Math.min(area.width / natural.width, area.height / natural.height);
  const lanes = map.lanes.length;
  if (area.width / natural.width > area.height / natural.height + 1e-9 && map.stages.length > 0) {
    // Tall map: the height decides the scale; wider columns fill the page's width.
    const free = area.width / scale - LAYOUT.laneHeaderWidth;
    const columnWidth = Math.max(LAYOUT.columnWidth, free / map.stages.length);
    return { layout: layoutMap(map, { columnWidth }), scale };
  }
  if (lanes === 0) return { layout: natural, scale };
  // Wide map: the width decides the scale; every lane grows by the same share of what is left.
  const share = Math.max(0, (area.height / scale - natural.height) / lanes);
  const layout = layoutMap(map, {
    emotionLaneHeight: LAYOUT.emotionLaneHeight + share,
    rowExtraHeight: share,
  });
  return { layout, scale };
}

/** The poster's cell size on paper, in millimetres (for the dialog's hint). */
export function posterCellMm(
  map: JourneyMap,
  areaMm: { width: number; height: number },
): { width: number; height: number } {
  const { layout, scale } = posterLayout(map, areaMm);
  const row = layout.rows.find((r) => r.kind !== 'emotions') ?? layout.rows[0];
  return {
    width: (layout.columns[0]?.width ?? 0) * scale,
    height: (row?.height ?? 0) * scale,
  };
}
