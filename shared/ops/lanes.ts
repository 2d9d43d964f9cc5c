import { LaneSchema, LIMITS, type BlueprintLine, type Lane, type LaneKind } from '../model';
import { removeCards } from './cells';
import { peek, type MapDraft } from './draft';
import { setLineBelow } from './laneLines';
import { fitIndex, fitName, isColor, moveItem } from './sanitize';

/** Edits of the rows. */
export type LaneOperation =
  /** Inserts a lane at `index` (default: the end). Its id must be new. */
  | { type: 'addLane'; lane: Lane; index?: number }
  | { type: 'renameLane'; laneId: string; name: string }
  /** `null` clears the colour. */
  | { type: 'recolorLane'; laneId: string; color: string | null }
  /**
   * Changes what the lane holds. Cards keep every field (fields the new kind does not use are
   * kept but not drawn, so changing back restores them).
   */
  | { type: 'setLaneKind'; laneId: string; kind: LaneKind }
  /** Draws a blueprint line below the lane (`null`: none); the line leaves any other lane. */
  | { type: 'setLaneLine'; laneId: string; line: BlueprintLine | null }
  | { type: 'moveLane'; laneId: string; toIndex: number }
  /**
   * Deletes the row **with its cards** and every connector that touches them (the editor
   * asks first when the row is not empty; undo brings all of it back). Its blueprint line
   * goes with it.
   */
  | { type: 'deleteLane'; laneId: string };

export function applyLaneOperation(map: MapDraft, op: LaneOperation): void {
  if (op.type === 'addLane') {
    addLane(map, op.lane, op.index);
    return;
  }
  const index = map.lanes.findIndex((l) => l.id === op.laneId);
  const lane = map.lanes[index];
  if (!lane) return;
  switch (op.type) {
    case 'renameLane':
      lane.name = fitName(op.name);
      return;
    case 'recolorLane':
      if (op.color === null) delete lane.color;
      else if (isColor(op.color)) lane.color = op.color;
      return;
    case 'setLaneKind':
      if (LaneSchema.shape.kind.safeParse(op.kind).success) lane.kind = op.kind;
      return;
    case 'setLaneLine':
      if (op.line === null || LaneSchema.shape.lineBelow.safeParse(op.line).success) {
        setLineBelow(map, op.laneId, op.line);
      }
      return;
    case 'moveLane':
      moveItem(map.lanes, index, fitIndex(op.toIndex, map.lanes.length - 1));
      return;
    case 'deleteLane':
      removeCards(
        map,
        new Set(
          peek(map.cards)
            .filter((c) => c.laneId === op.laneId)
            .map((c) => c.id),
        ),
      );
      map.lanes.splice(index, 1);
      return;
  }
}

function addLane(map: MapDraft, input: Lane, index: number | undefined): void {
  if (map.lanes.length >= LIMITS.lanes || map.lanes.some((l) => l.id === input.id)) return;
  const parsed = LaneSchema.safeParse({ ...input, name: fitName(input.name) });
  if (!parsed.success) return;
  const { lineBelow, ...lane } = parsed.data;
  map.lanes.splice(fitIndex(index, map.lanes.length), 0, lane);
  if (lineBelow !== undefined) setLineBelow(map, lane.id, lineBelow);
}
