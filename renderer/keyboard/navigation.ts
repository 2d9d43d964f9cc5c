import { cardsInCell as cellsCards, type CellRef } from '../../shared/grid/cells';
import type { Card, JourneyMap } from '../../shared/model';

/**
 * Moving through the grid from the keyboard: the cursor is a cell and, optionally, one of its
 * cards. Pure functions of the document, so they are tested without a canvas.
 */
export interface GridCursor {
  readonly cell: CellRef;
  readonly cardId: string | null;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The cards of a cell in their order. */
export function cardsInCell(map: JourneyMap, cell: CellRef): Card[] {
  return cellsCards(map.cards, cell);
}

/**
 * The next cell in reading order (along the lane, then the next lane's first stage), or the
 * previous with `step` −1; null at either end of the map.
 */
export function stepCell(map: JourneyMap, cell: CellRef, step: 1 | -1): CellRef | null {
  const nStages = map.stages.length;
  const lane = map.lanes.findIndex((l) => l.id === cell.laneId);
  const stage = map.stages.findIndex((s) => s.id === cell.stageId);
  if (lane < 0 || stage < 0) return null;
  const index = lane * nStages + stage + step;
  const nextLane = map.lanes[Math.floor(index / nStages)];
  const nextStage = map.stages[((index % nStages) + nStages) % nStages];
  return index >= 0 && nextLane && nextStage
    ? { laneId: nextLane.id, stageId: nextStage.id }
    : null;
}

/** The cursor one step away; null when there is nowhere to go. Left and right are stage order. */
export function moveCursor(
  map: JourneyMap,
  from: GridCursor,
  direction: Direction,
): GridCursor | null {
  const cards = cardsInCell(map, from.cell);
  const at = from.cardId === null ? -1 : cards.findIndex((c) => c.id === from.cardId);
  if (direction === 'up' || direction === 'down') {
    const step = direction === 'down' ? 1 : -1;
    const inCell = at < 0 ? undefined : cards[at + step];
    if (inCell) return { cell: from.cell, cardId: inCell.id };
    const laneIndex = map.lanes.findIndex((l) => l.id === from.cell.laneId) + step;
    const lane = map.lanes[laneIndex];
    if (laneIndex < 0 || !lane) return null;
    const cell = { laneId: lane.id, stageId: from.cell.stageId };
    const there = cardsInCell(map, cell);
    const card = step > 0 ? there[0] : there[there.length - 1];
    return { cell, cardId: card?.id ?? null };
  }
  const stageIndex =
    map.stages.findIndex((s) => s.id === from.cell.stageId) + (direction === 'right' ? 1 : -1);
  const stage = map.stages[stageIndex];
  if (stageIndex < 0 || !stage) return null;
  const cell = { laneId: from.cell.laneId, stageId: stage.id };
  const there = cardsInCell(map, cell);
  const card = at < 0 ? undefined : (there[Math.min(at, there.length - 1)] ?? undefined);
  return { cell, cardId: card?.id ?? null };
}
