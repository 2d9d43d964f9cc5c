import type { MapDraft } from './draft';
import { applyParticipantOperation, type ParticipantOperation } from './participants';
import { applyVoteOperation, type VoteOperation } from './votes';

/** Dot voting in a workshop: the session's setup and the votes. */
export type WorkshopOperation = ParticipantOperation | VoteOperation;

export function applyWorkshopOperation(map: MapDraft, op: WorkshopOperation): void {
  switch (op.type) {
    case 'setVotesPerParticipant':
    case 'addParticipant':
    case 'renameParticipant':
    case 'removeParticipant':
      applyParticipantOperation(map, op);
      return;
    default:
      applyVoteOperation(map, op);
  }
}
