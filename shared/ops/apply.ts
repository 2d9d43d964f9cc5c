import { produce } from 'immer';
import type { JourneyMap } from '../model';
import { applyCardOperation, type CardOperation } from './cards';
import { applyCardPlacementOperation, type CardPlacementOperation } from './cardMoves';
import { applyConflictOperation, dropDanglingConflicts, type ConflictOperation } from './conflicts';
import { applyConnectorOperation, type ConnectorOperation } from './connectors';
import type { MapDraft } from './draft';
import { applyLaneOperation, type LaneOperation } from './lanes';
import { applyMapInfoOperation } from './mapInfo';
import { applyMetricOperation, type MetricOperation } from './metrics';
import { applyNoteOperation, type NoteOperation } from './notes';
import { OPERATION_FAMILY, type Operation, type OperationFamily } from './operation';
import { applyPersonaOperation, type PersonaOperation } from './personas';
import { applyStageOperation, type StageOperation } from './stages';
import { keepVotesConsistent, touchesVotes } from './votes';
import { applyWorkshopOperation, type WorkshopOperation } from './workshop';

/**
 * Applies one operation to a draft: an immer recipe, so the store can run
 * `produceWithPatches(map, (draft) => applyOperation(draft, op))` and keep the patches for
 * undo. It also works on a plain, unfrozen map (it mutates it).
 *
 * Never throws for a well-typed operation: one that names something that does not exist
 * (a deleted card, a stale id from another window) does nothing, and values that do not fit
 * are cut, clamped or ignored, so the document stays valid. An unknown `type` (from an
 * untyped caller) is ignored too.
 */
export function applyOperation(draft: MapDraft, op: Operation): void {
  applyOne(draft, op);
  // Votes of named participants follow their cards (see votes.ts).
  if (touchesVotes(op)) keepVotesConsistent(draft);
  // Merge conflicts about records an edit deleted have nothing left to decide.
  if (draft.conflicts) dropDanglingConflicts(draft);
}

function applyOne(draft: MapDraft, op: Operation): void {
  // `as`: an untyped caller may send a type that the table does not know.
  switch (OPERATION_FAMILY[op.type] as OperationFamily | undefined) {
    case 'map':
      applyMapInfoOperation(draft, op as Extract<Operation, { type: 'setMapInfo' }>);
      return;
    case 'stage':
      applyStageOperation(draft, op as StageOperation);
      return;
    case 'lane':
      applyLaneOperation(draft, op as LaneOperation);
      return;
    case 'card':
      applyCardOperation(draft, op as CardOperation);
      return;
    case 'cardPlacement':
      applyCardPlacementOperation(draft, op as CardPlacementOperation);
      return;
    case 'connector':
      applyConnectorOperation(draft, op as ConnectorOperation);
      return;
    case 'persona':
      applyPersonaOperation(draft, op as PersonaOperation);
      return;
    case 'note':
      applyNoteOperation(draft, op as NoteOperation);
      return;
    case 'workshop':
      applyWorkshopOperation(draft, op as WorkshopOperation);
      return;
    case 'conflict':
      applyConflictOperation(draft, op as ConflictOperation);
      return;
    case 'metric':
      applyMetricOperation(draft, op as MetricOperation);
      return;
    case undefined:
      return;
  }
}

/** Applies operations in order and returns the new map; `map` itself is not changed. */
export function applyOperations(map: JourneyMap, ops: readonly Operation[]): JourneyMap {
  return produce(map, (draft) => {
    for (const op of ops) applyOperation(draft, op);
  });
}
