export type { Operation, OperationType, OperationOf, OperationFamily } from './operation';
export { OPERATION_TYPES, OPERATION_FAMILY } from './operation';
export { applyOperation, applyOperations } from './apply';
export { coalesceKey, operationLabel } from './meta';
export { checkInvariants } from './invariants';
export { newId, uniqueId, idSet, type TakenIds } from './ids';
export { clipboardOf, preparePaste, type Clipboard } from './paste';
export { positionInCell } from './cells';
export type { MapDraft } from './draft';
export type { StageOperation } from './stages';
export type { LaneOperation } from './lanes';
export type { CardOperation } from './cards';
export type { CardInput, CardFields, CardFieldChanges, CardFieldName } from './cardInput';
export type { CardPlacementOperation, CellTarget, ConnectorInput } from './cardMoves';
export type { ConnectorOperation } from './connectors';
export type { PersonaOperation, PersonaInput, PersonaChanges } from './personas';
export type { NoteOperation } from './notes';
export type { MapInfoOperation, MapInfo, MapInfoChanges } from './mapInfo';
export type { WorkshopOperation } from './workshop';
export type { ConflictOperation, ConflictChoice } from './conflicts';
export type { MetricOperation, MetricChanges } from './metrics';
export type { ParticipantOperation } from './participants';
export type { VoteOperation } from './votes';
export {
  anonymousVotes,
  byVotes,
  namedVotesByCard,
  remainingVotes,
  usedVotes,
  votesOn,
} from './voteTally';
