import { OPERATION_TYPES, type Operation, type OperationType } from './operation';

/** What the store and the menus need to know about an operation type. */
export interface OperationMeta {
  /**
   * Whether the store records an undo step for it. Every edit of the document is undoable
   * today; the flag is here so that a future operation (such as replacing the document with
   * its version on disk) can say otherwise.
   */
  readonly undoable: boolean;
  /** i18n key of the undo history entry ("Undo Move cards"), in en.json's `ops` section. */
  readonly label: `ops.${OperationType}`;
}

export const OPERATION_META: Readonly<Record<OperationType, OperationMeta>> = Object.fromEntries(
  OPERATION_TYPES.map((type) => [type, { undoable: true, label: `ops.${type}` }]),
) as Record<OperationType, OperationMeta>;

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
    case 'setMapInfo':
      return `${op.type}:${Object.keys(op.changes).sort().join(',')}`;
    default:
      return null;
  }
}
