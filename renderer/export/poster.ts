import {
  LAYOUT,
  layoutMap,
  routeBetween,
  type CardLayout,
  type MapLayout,
  type TextBlock,
} from '../../shared/layout';
import { shiftBlock } from '../../shared/layout/textBlock';
import type { JourneyMap } from '../../shared/model';

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
  const stretched = layoutMap(map, { emotionLaneHeight: LAYOUT.emotionLaneHeight + share });
  const extra = new Map(
    stretched.rows.filter((r) => r.kind !== 'emotions').map((r) => [r.laneId, share]),
  );
  return { layout: stretchRows(stretched, extra), scale };
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

/** Rows made taller by `extra` px (by lane id); everything below moves down. */
export function stretchRows(layout: MapLayout, extra: ReadonlyMap<string, number>): MapLayout {
  const offset = new Map<string, number>();
  let total = 0;
  const rows = layout.rows.map((row) => {
    offset.set(row.laneId, total);
    const dy = total;
    const grow = extra.get(row.laneId) ?? 0;
    total += grow;
    return {
      ...row,
      y: row.y + dy,
      height: row.height + grow,
      header: {
        ...row.header,
        y: row.header.y + dy,
        height: row.header.height + grow,
        name: shiftBlock(row.header.name, 0, dy),
      },
    };
  });
  const grown = (laneId: string): number => extra.get(laneId) ?? 0;
  const dyOf = (laneId: string): number => offset.get(laneId) ?? 0;
  const cards = layout.cards.map((card) => shiftCard(card, dyOf(card.laneId)));
  const cardsById = new Map(cards.map((c) => [c.id, c]));
  const connectors = layout.connectors.map((connector) => {
    const from = cardsById.get(connector.from);
    const to = cardsById.get(connector.to);
    if (!from || !to) return connector;
    const dy = (dyOf(from.laneId) + dyOf(to.laneId)) / 2;
    return {
      ...connector,
      points: routeBetween(from, to),
      ...(connector.label ? { label: shiftBlock(connector.label, 0, dy) } : {}),
    };
  });
  const height = layout.height + total;
  return {
    ...layout,
    height,
    bounds: { ...layout.bounds, height: layout.bounds.height + total },
    rows,
    cells: layout.cells.map((cell) => ({
      ...cell,
      y: cell.y + dyOf(cell.laneId),
      height: cell.height + grown(cell.laneId),
    })),
    cards,
    cardsById,
    emotionCurves: layout.emotionCurves.map((curve) => {
      const dy = dyOf(curve.laneId);
      const move = (p: { x: number; y: number }) => ({ x: p.x, y: p.y + dy });
      return {
        ...curve,
        points: curve.points.map((p) => ({ ...p, y: p.y + dy })),
        segments: curve.segments.map((s) => ({ c1: move(s.c1), c2: move(s.c2), to: move(s.to) })),
      };
    }),
    blueprintLines: layout.blueprintLines.map((line) => ({
      ...line,
      y: line.y + dyOf(line.laneId) + grown(line.laneId),
    })),
    connectors,
  };
}

function shiftCard(card: CardLayout, dy: number): CardLayout {
  if (dy === 0) return card;
  const block = (b: TextBlock | undefined) => (b ? shiftBlock(b, 0, dy) : undefined);
  const moved: CardLayout = {
    ...card,
    y: card.y + dy,
    text: shiftBlock(card.text, 0, dy),
    badges: card.badges.map((badge) =>
      badge.kind === 'votes'
        ? { ...badge, y: badge.y + dy, text: shiftBlock(badge.text, 0, dy) }
        : { ...badge, y: badge.y + dy },
    ),
  };
  const metric = block(card.metric);
  const target = block(card.metricTarget);
  if (metric) moved.metric = metric;
  if (target) moved.metricTarget = target;
  if (card.emotion) moved.emotion = { ...card.emotion, y: card.emotion.y + dy };
  return moved;
}
