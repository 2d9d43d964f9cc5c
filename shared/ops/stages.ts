import { LIMITS, StageSchema, type Stage } from '../model';
import { removeCards } from './cells';
import { peek, type MapDraft } from './draft';
import { dropMeasurementsOfStage } from './metrics';
import { fitIndex, fitName, fitText, isColor, moveItem } from './sanitize';

/** Edits of the columns. */
export type StageOperation =
  /** Inserts a stage at `index` (default: the end). Its id must be new. */
  | { type: 'addStage'; stage: Stage; index?: number }
  | { type: 'renameStage'; stageId: string; name: string }
  /** `null` clears the colour. */
  | { type: 'recolorStage'; stageId: string; color: string | null }
  /** An empty description removes it. */
  | { type: 'describeStage'; stageId: string; description: string }
  /** Moves the stage to position `toIndex` of the stage list. */
  | { type: 'moveStage'; stageId: string; toIndex: number }
  /**
   * Deletes the column **with its cards** and every connector that touches them, as a user
   * who deletes a column expects; the editor asks first when the column is not empty, and
   * undo brings all of it back.
   */
  | { type: 'deleteStage'; stageId: string };

export function applyStageOperation(map: MapDraft, op: StageOperation): void {
  if (op.type === 'addStage') {
    addStage(map, op.stage, op.index);
    return;
  }
  const index = map.stages.findIndex((s) => s.id === op.stageId);
  const stage = map.stages[index];
  if (!stage) return;
  switch (op.type) {
    case 'renameStage':
      stage.name = fitName(op.name);
      return;
    case 'recolorStage':
      if (op.color === null) delete stage.color;
      else if (isColor(op.color)) stage.color = op.color;
      return;
    case 'describeStage':
      if (op.description === '') delete stage.description;
      else stage.description = fitText(op.description);
      return;
    case 'moveStage':
      moveItem(map.stages, index, fitIndex(op.toIndex, map.stages.length - 1));
      return;
    case 'deleteStage':
      removeCards(
        map,
        new Set(
          peek(map.cards)
            .filter((c) => c.stageId === op.stageId)
            .map((c) => c.id),
        ),
      );
      dropMeasurementsOfStage(map, op.stageId);
      map.stages.splice(index, 1);
      return;
  }
}

function addStage(map: MapDraft, input: Stage, index: number | undefined): void {
  if (map.stages.length >= LIMITS.stages || map.stages.some((s) => s.id === input.id)) return;
  const parsed = StageSchema.safeParse({
    ...input,
    name: fitName(input.name),
    ...(input.description === undefined ? {} : { description: fitText(input.description) }),
  });
  if (!parsed.success) return;
  map.stages.splice(fitIndex(index, map.stages.length), 0, parsed.data);
}
