import type { Operation, OperationType } from './operation';

/**
 * i18n key of an operation's undo history entry ("Undo Move cards"), in en.json's `ops`
 * section. Every operation is an undoable edit: the store records a step for each.
 */
export function operationLabel(type: OperationType): `ops.${OperationType}` {
  return `ops.${type}`;
}

/**
 * Operations with the same key, one right after the other, belong in one undo step: typing
 * in one card, renaming one stage, dragging the same notes. Null: always a step of its own.
 */
export function coalesceKey(op: Operation): string | null {
  switch (op.type) {
    case 'setCardText':
      return `${op.type}:${op.cardId}`;
    case 'renameStage':
    case 'describeStage':
      return `${op.type}:${op.stageId}`;
    case 'renameLane':
      return `${op.type}:${op.laneId}`;
    case 'renameParticipant':
      return `${op.type}:${op.participantId}`;
    case 'setNoteText':
      return `${op.type}:${op.noteId}`;
    case 'setConnectorLabel':
      return `${op.type}:${op.connectorId}`;
    case 'moveNotes':
      return `${op.type}:${op.moves.map((m) => m.noteId).join(',')}`;
    case 'updatePersona':
      return `${op.type}:${op.personaId}:${Object.keys(op.changes).sort().join(',')}`;
    case 'updateMetric':
      return `${op.type}:${op.metricId}:${Object.keys(op.changes).sort().join(',')}`;
    case 'setMapInfo':
      return `${op.type}:${Object.keys(op.changes).sort().join(',')}`;
    default:
      return null;
  }
}
