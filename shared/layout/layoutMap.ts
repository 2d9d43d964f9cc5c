import type { JourneyMap } from '../model';
import type { MeasuredCard } from './cardContent';
import { groupCells, measureCached, placeCached, stackHeight, visibleStack } from './cells';
import { cellKey, LAYOUT, type LayoutOptions } from './constants';
import { layoutConnector } from './connectors';
import { layoutEmotionLane, personaColors } from './emotions';
import { laneFill, laneHeaderText, placeHeader, stageHeaderText } from './headers';
import { layoutMetricsLane } from './metricsLane';
import { layoutNote } from './notes';
import { textColorOn } from './palette';
import type { CardLayout, CellLayout, ColumnLayout, MapLayout, Rect, RowLayout } from './types';

/**
 * The geometry of a map, a pure function of the document: the canvas draws it, and so does
 * every export, so what you see is what you get.
 *
 * A header row of stages on top and a header column of lanes at the start edge (left; right
 * in RTL maps, whose stages also run right to left); under the stage headers, the metrics lane
 * when the map has metrics (`metricsLane.ts`). Columns are `columnWidth` wide. A row
 * is as tall as its tallest cell (cards stacked with gaps), its name, or `rowMinHeight`;
 * emotion lanes have a fixed height and place their cards on curves. Cards whose lane or
 * stage does not exist are left out. Blueprint lines lie on the lower edge of their lane.
 */
export function layoutMap(map: JourneyMap, options: LayoutOptions = {}): MapLayout {
  const columnWidth = options.columnWidth ?? LAYOUT.columnWidth;
  const headerWidth = options.laneHeaderWidth ?? LAYOUT.laneHeaderWidth;
  const emotionHeight = options.emotionLaneHeight ?? LAYOUT.emotionLaneHeight;
  const rowExtra = Math.max(0, options.rowExtraHeight ?? 0);
  const { cache } = options;
  const rtl = map.direction === 'rtl';
  const align = rtl ? 'right' : 'left';
  const nStages = map.stages.length;
  const width = headerWidth + nStages * columnWidth;
  /** x of a box that is at `x` in the left-to-right layout. */
  const flip = (x: number, w: number): number => (rtl ? width - x - w : x);
  const columnX = (i: number): number => flip(headerWidth + i * columnWidth, columnWidth);
  const headerX = flip(0, headerWidth);
  const cardWidth = columnWidth - 2 * LAYOUT.cellPaddingX;

  const cells = groupCells(map);
  const stageTexts = map.stages.map((stage) => stageHeaderText(stage, columnWidth, align));
  const headerHeight = Math.max(LAYOUT.stageHeaderMinHeight, ...stageTexts.map((t) => t.height));

  // Ordinary lanes: measure the cards first, since they decide the row heights. A bounded
  // cell keeps the cards that fit; the rest are counted (`hiddenCards`), not placed.
  const hidden: number[] = [];
  const measured: (readonly MeasuredCard[])[] = cells.map((cell, index) => {
    const lane = map.lanes[Math.floor(index / Math.max(1, nStages))];
    const stage = map.stages[index % Math.max(1, nStages)];
    if (!lane || !stage || lane.kind === 'emotions') return [];
    const all = cell.map((card) =>
      measureCached(card, lane.kind, cardWidth, cache, options.maxCardLines),
    );
    const whole = options.expandedCells?.has(cellKey(lane.id, stage.id));
    const { shown, hidden: left } = visibleStack(all, whole ? undefined : options.maxCellHeight);
    hidden[index] = left;
    return shown;
  });
  const laneTexts = map.lanes.map((lane) =>
    laneHeaderText(lane, headerWidth, align, lane.kind === 'emotions' ? emotionHeight : undefined),
  );
  const rowHeights = map.lanes.map((lane, li) => {
    if (lane.kind === 'emotions') return emotionHeight;
    let tallest = Math.max(LAYOUT.rowMinHeight, laneTexts[li]?.height ?? 0);
    for (let si = 0; si < nStages; si += 1) {
      const stack = measured[li * nStages + si] ?? [];
      const more = hidden[li * nStages + si] ? LAYOUT.moreCardsHeight : 0;
      tallest = Math.max(tallest, stackHeight(stack, LAYOUT.cardGap, LAYOUT.cellPaddingY) + more);
    }
    return tallest + rowExtra;
  });

  const columns: ColumnLayout[] = map.stages.map((stage, i) => {
    const x = columnX(i);
    const text = stageTexts[i] ?? stageHeaderText(stage, columnWidth, align);
    const fill = stage.color ?? map.brandColor;
    const header = placeHeader(text, x, 0, columnWidth, headerHeight, fill);
    return { stageId: stage.id, index: i, x, width: columnWidth, header };
  });

  // The metrics lane, when the map has metrics, sits right under the stage headers.
  const metrics = layoutMetricsLane({
    map,
    y: headerHeight,
    columnX: map.stages.map((_, i) => columnX(i)),
    columnWidth,
    headerX,
    headerWidth,
    rtl,
    ...(cache ? { cache } : {}),
  });

  const rows: RowLayout[] = [];
  const cellLayouts: CellLayout[] = [];
  const cards: CardLayout[] = [];
  const emotionCurves: MapLayout['emotionCurves'] = [];
  const personas = personaColors(map);
  let y = headerHeight + (metrics?.height ?? 0);
  map.lanes.forEach((lane, li) => {
    const height = rowHeights[li] ?? LAYOUT.rowMinHeight;
    const fill = laneFill(lane);
    const name = laneTexts[li] ?? laneHeaderText(lane, headerWidth, align);
    const header = placeHeader(name, headerX, y, headerWidth, height, fill);
    rows.push({ laneId: lane.id, kind: lane.kind, index: li, y, height, header });
    map.stages.forEach((stage, si) => {
      const cell: CellLayout = {
        laneId: lane.id,
        stageId: stage.id,
        x: columnX(si),
        y,
        width: columnWidth,
        height,
      };
      const left = hidden[li * nStages + si];
      if (left) cell.hiddenCards = left;
      cellLayouts.push(cell);
    });
    if (lane.kind === 'emotions') {
      const laneCells = map.stages.map((_, si) => ({
        x: columnX(si),
        width: columnWidth,
        cards: cells[li * nStages + si] ?? [],
      }));
      const emotion = layoutEmotionLane({
        map,
        lane,
        y,
        height,
        rtl,
        personas,
        cells: laneCells,
        cache,
      });
      cards.push(...emotion.cards);
      emotionCurves.push(...emotion.curves);
    } else {
      for (let si = 0; si < nStages; si += 1) {
        const x = columnX(si) + LAYOUT.cellPaddingX;
        let top = y + LAYOUT.cellPaddingY;
        for (const m of measured[li * nStages + si] ?? []) {
          const cardFill = m.card.color ?? fill;
          const paint = { fill: cardFill, textColor: textColorOn(cardFill), align, rtl } as const;
          cards.push(placeCached(m, x, top, cardWidth, paint, cache));
          top += m.height + LAYOUT.cardGap;
        }
      }
    }
    y += height;
  });

  const cardsById = new Map<string, CardLayout>();
  for (const card of cards) cardsById.set(card.id, card);
  const connectors = map.connectors.flatMap((connector) => {
    const from = cardsById.get(connector.from);
    const to = cardsById.get(connector.to);
    return from && to ? [layoutConnector(connector, from, to, align)] : [];
  });
  const blueprintLines = rows.flatMap((row) => {
    const line = map.lanes[row.index]?.lineBelow;
    return line ? [{ line, laneId: row.laneId, y: row.y + row.height, x1: 0, x2: width }] : [];
  });
  const notes = map.notes.map((note) => layoutNote(note, align));

  return {
    direction: map.direction,
    width,
    height: y,
    bounds: boundsOf([{ x: 0, y: 0, width, height: y }, ...notes]),
    corner: { x: headerX, y: 0, width: headerWidth, height: headerHeight },
    columns,
    ...(metrics ? { metrics } : {}),
    rows,
    cells: cellLayouts,
    cards,
    cardsById,
    emotionCurves,
    blueprintLines,
    connectors,
    notes,
  };
}

function boundsOf(rects: readonly Rect[]): Rect {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
