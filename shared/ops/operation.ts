import type { CardOperation } from './cards';
import type { CardPlacementOperation } from './cardMoves';
import type { ConflictOperation } from './conflicts';
import type { ConnectorOperation } from './connectors';
import type { LaneOperation } from './lanes';
import type { MapInfoOperation } from './mapInfo';
import type { MetricOperation } from './metrics';
import type { NoteOperation } from './notes';
import type { PersonaOperation } from './personas';
import type { StageOperation } from './stages';
import type { WorkshopOperation } from './workshop';

/**
 * Every edit the editor makes to a document, as plain data (like React Flow's typed changes):
 * the store applies it with `applyOperation`, records immer patches for undo, and can log,
 * test or replay it. Ids of new things are part of the payload.
 */
export type Operation =
  | MapInfoOperation
  | StageOperation
  | LaneOperation
  | CardOperation
  | CardPlacementOperation
  | ConnectorOperation
  | PersonaOperation
  | NoteOperation
  | WorkshopOperation
  | ConflictOperation
  | MetricOperation;

export type OperationType = Operation['type'];

/** The operation of one type, e.g. `OperationOf<'moveCards'>`. */
export type OperationOf<T extends OperationType> = Extract<Operation, { type: T }>;

export type OperationFamily =
  | 'map'
  | 'stage'
  | 'lane'
  | 'card'
  | 'cardPlacement'
  | 'connector'
  | 'persona'
  | 'note'
  | 'workshop'
  | 'conflict'
  | 'metric';

/**
 * Every operation type and the family (module) that applies it. Being a Record, it fails to
 * compile when a type is missing.
 */
export const OPERATION_FAMILY: Readonly<Record<OperationType, OperationFamily>> = {
  setMapInfo: 'map',
  addStage: 'stage',
  renameStage: 'stage',
  recolorStage: 'stage',
  describeStage: 'stage',
  moveStage: 'stage',
  deleteStage: 'stage',
  addLane: 'lane',
  renameLane: 'lane',
  recolorLane: 'lane',
  setLaneKind: 'lane',
  setLaneLine: 'lane',
  moveLane: 'lane',
  deleteLane: 'lane',
  addCard: 'card',
  setCardText: 'card',
  setCardFields: 'card',
  deleteCards: 'card',
  moveCards: 'cardPlacement',
  duplicateCards: 'cardPlacement',
  insertCards: 'cardPlacement',
  addConnector: 'connector',
  reconnectConnector: 'connector',
  setConnectorLabel: 'connector',
  setConnectorKind: 'connector',
  deleteConnectors: 'connector',
  addPersona: 'persona',
  updatePersona: 'persona',
  movePersona: 'persona',
  deletePersona: 'persona',
  addNote: 'note',
  moveNotes: 'note',
  setNoteText: 'note',
  recolorNote: 'note',
  deleteNotes: 'note',
  setVotesPerParticipant: 'workshop',
  addParticipant: 'workshop',
  renameParticipant: 'workshop',
  removeParticipant: 'workshop',
  addVotes: 'workshop',
  castVote: 'workshop',
  retractVote: 'workshop',
  clearVotes: 'workshop',
  orderCardsByVotes: 'workshop',
  resolveConflict: 'conflict',
  importMeasurements: 'metric',
  updateMetric: 'metric',
  deleteMetric: 'metric',
  setMeasurement: 'metric',
  deleteMeasurements: 'metric',
};

export const OPERATION_TYPES = Object.keys(OPERATION_FAMILY) as OperationType[];
