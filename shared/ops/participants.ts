import {
  DEFAULT_VOTES_PER_PARTICIPANT,
  LIMITS,
  MAX_PARTICIPANTS,
  MAX_VOTES_PER_PARTICIPANT,
  type Workshop,
} from '../model';
import { cardsById } from './cards';
import type { MapDraft } from './draft';
import { clamp, fitIndex, fitName, fitVotes } from './sanitize';
import { usedVotes } from './voteTally';

/** Setting up a dot-voting session: how many votes each participant has, and who takes part. */
export type ParticipantOperation =
  /**
   * Each participant's number of votes, 1…100; never fewer than someone has already used
   * (clear the votes first to start a smaller round).
   */
  | { type: 'setVotesPerParticipant'; count: number }
  | { type: 'addParticipant'; participant: { id: string; name: string }; index?: number }
  | { type: 'renameParticipant'; participantId: string; name: string }
  /** Removes the participant and takes their votes off the cards. */
  | { type: 'removeParticipant'; participantId: string };

/** The map's session, created (empty, default votes) when the map has none yet. */
function sessionOf(map: MapDraft): Workshop {
  map.workshop ??= { votesPerParticipant: DEFAULT_VOTES_PER_PARTICIPANT, participants: [] };
  return map.workshop;
}

export function applyParticipantOperation(map: MapDraft, op: ParticipantOperation): void {
  switch (op.type) {
    case 'setVotesPerParticipant': {
      if (!Number.isFinite(op.count)) return;
      const used = Math.max(1, ...(map.workshop?.participants.map(usedVotes) ?? []));
      const count = clamp(Math.round(op.count), used, MAX_VOTES_PER_PARTICIPANT);
      const session = sessionOf(map);
      if (session.votesPerParticipant !== count) session.votesPerParticipant = count;
      return;
    }
    case 'addParticipant': {
      const { id, name } = op.participant;
      const participants = map.workshop?.participants ?? [];
      if (id === '' || id.length > LIMITS.ids || participants.length >= MAX_PARTICIPANTS) return;
      if (participants.some((p) => p.id === id)) return;
      const session = sessionOf(map);
      const at = fitIndex(op.index, session.participants.length);
      session.participants.splice(at, 0, { id, name: fitName(name), votes: [] });
      return;
    }
    case 'renameParticipant': {
      const participant = map.workshop?.participants.find((p) => p.id === op.participantId);
      if (participant) participant.name = fitName(op.name);
      return;
    }
    case 'removeParticipant': {
      const session = map.workshop;
      const index = session?.participants.findIndex((p) => p.id === op.participantId) ?? -1;
      const participant = session?.participants[index];
      if (!session || !participant) return;
      const given = new Map(participant.votes.map((b) => [b.cardId, b.count]));
      for (const card of cardsById(map, [...given.keys()])) {
        const votes = fitVotes((card.votes ?? 0) - (given.get(card.id) ?? 0));
        if (votes === 0) delete card.votes;
        else card.votes = votes;
      }
      session.participants.splice(index, 1);
      return;
    }
  }
}
