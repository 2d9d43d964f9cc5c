import type { JourneyMap } from '../../shared/model';
import type { DocumentChange } from '../store';
import { operationLabel, type Operation } from '../../shared/ops';

/**
 * What a screen reader should hear after an edit, as an i18n key under `a11y.announce` and
 * its values (translated when shown). Edits that the user hears anyway (typing, a field's
 * own value) say nothing.
 */
export interface Announcement {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
}

/** "Touchpoints, Awareness": the names of a cell, as people read the grid. */
function cellValues(map: JourneyMap, laneId: string, stageId: string) {
  return {
    lane: map.lanes.find((l) => l.id === laneId)?.name ?? '',
    stage: map.stages.find((s) => s.id === stageId)?.name ?? '',
  };
}

/** Operations whose own name is enough ("Add stage", "Delete persona"). */
const NAMED: ReadonlySet<Operation['type']> = new Set([
  'addStage',
  'moveStage',
  'deleteStage',
  'addLane',
  'moveLane',
  'deleteLane',
  'addConnector',
  'deleteConnectors',
  'addPersona',
  'movePersona',
  'deletePersona',
  'addNote',
  'deleteNotes',
]);

/** The announcement for a new undo step that starts with `op`, on the map after it. */
export function describeStep(op: Operation, after: JourneyMap): Announcement | null {
  switch (op.type) {
    case 'addCard':
      return {
        key: 'a11y.announce.cardAdded',
        values: cellValues(after, op.card.laneId, op.card.stageId),
      };
    case 'deleteCards':
      return { key: 'a11y.announce.cardsDeleted', values: { count: op.cardIds.length } };
    case 'moveCards':
      return {
        key: 'a11y.announce.cardsMoved',
        values: { count: op.cardIds.length, ...cellValues(after, op.laneId, op.stageId) },
      };
    case 'duplicateCards':
      return { key: 'a11y.announce.cardsDuplicated', values: { count: op.cardIds.length } };
    case 'insertCards':
      return { key: 'a11y.announce.cardsPasted', values: { count: op.cards.length } };
    default:
      return NAMED.has(op.type)
        ? { key: 'a11y.announce.done', values: { action: operationLabel(op.type) } }
        : null;
  }
}

/** What the live region says about the document's last change (null: nothing). */
export function announcementFor(
  change: DocumentChange | null,
  map: JourneyMap | null,
): Announcement | null {
  if (!change) return null;
  switch (change.kind) {
    case 'step':
      return map ? describeStep(change.op, map) : null;
    case 'undo':
    case 'redo':
      return {
        key: change.kind === 'undo' ? 'a11y.announce.undone' : 'a11y.announce.redone',
        values: { action: change.label },
      };
    case 'saved':
      return { key: 'a11y.announce.saved', values: { name: change.name } };
  }
}
