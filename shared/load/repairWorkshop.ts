import type { Ballot, JourneyMap } from '../model';
import { totalsBelowNamed, usedVotes } from '../ops/voteTally';
import { clip, type ProblemList } from './problem';
import { freshId } from './repairIds';

/**
 * Repairs a voting session so that it agrees with the cards (after `repairReferences` has
 * dropped cards without a cell): participants with a repeated id get a fresh one, votes for
 * missing cards are dropped, repeated entries for one card are added together, a card with
 * fewer votes than participants gave it gets their number, and when someone used more votes
 * than each participant has, everyone gets that many. The votes people cast are the most
 * detailed record, so the repairs keep them.
 */
export function repairWorkshop(map: JourneyMap, warnings: ProblemList): void {
  const workshop = map.workshop;
  if (!workshop) return;
  const cards = new Map(map.cards.map((card) => [card.id, card]));
  const ids = new Set(workshop.participants.map((p) => p.id));
  const seen = new Set<string>();
  workshop.participants.forEach((participant, index) => {
    const path = ['workshop', 'participants', index];
    if (seen.has(participant.id)) {
      const newId = freshId(participant.id, ids);
      ids.add(newId);
      warnings.add('participantDuplicateId', [...path, 'id'], { id: participant.id, newId });
      participant.id = newId;
    }
    seen.add(participant.id);
    const merged = new Map<string, Ballot>();
    participant.votes.forEach((ballot, vote) => {
      const names = {
        participant: clip(participant.name || participant.id),
        cardId: ballot.cardId,
      };
      if (!cards.has(ballot.cardId)) {
        warnings.add('voteCardMissing', [...path, 'votes', vote], names);
        return;
      }
      const earlier = merged.get(ballot.cardId);
      if (!earlier) merged.set(ballot.cardId, { ...ballot });
      else {
        earlier.count += ballot.count;
        warnings.add('voteEntriesMerged', [...path, 'votes', vote], names);
      }
    });
    participant.votes = [...merged.values()];
  });

  for (const { index, named } of totalsBelowNamed(map.cards, workshop)) {
    const card = map.cards[index];
    if (!card) continue;
    warnings.add('cardVotesRaised', ['cards', index, 'votes'], {
      id: card.id,
      votes: card.votes ?? 0,
      named,
    });
    card.votes = named;
  }

  let most: (typeof workshop.participants)[number] | undefined;
  for (const p of workshop.participants) if (!most || usedVotes(p) > usedVotes(most)) most = p;
  const used = most ? usedVotes(most) : 0;
  if (most && used > workshop.votesPerParticipant) {
    warnings.add('votesPerParticipantRaised', ['workshop', 'votesPerParticipant'], {
      participant: clip(most.name || most.id),
      used,
      limit: workshop.votesPerParticipant,
    });
    workshop.votesPerParticipant = used;
  }
}
