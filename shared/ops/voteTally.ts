import { byCellOrder } from '../grid/cells';
import type { Card, JourneyMap, Participant, Workshop } from '../model';

/**
 * Reading a dot-voting session: how many votes each participant has used and has left, and
 * how many of a card's votes are named. Pure; the editor and the operations share it.
 */

/** The votes a participant has cast, on all cards together. */
export function usedVotes(participant: Pick<Participant, 'votes'>): number {
  return participant.votes.reduce((sum, ballot) => sum + ballot.count, 0);
}

/** The votes a participant may still cast (0 for an unknown participant). */
export function remainingVotes(workshop: Workshop | undefined, participantId: string): number {
  const participant = workshop?.participants.find((p) => p.id === participantId);
  if (!workshop || !participant) return 0;
  return Math.max(0, workshop.votesPerParticipant - usedVotes(participant));
}

/** The participant's votes on one card. */
export function votesOn(participant: Pick<Participant, 'votes'>, cardId: string): number {
  return participant.votes.find((ballot) => ballot.cardId === cardId)?.count ?? 0;
}

/** For each card with named votes, how many of its votes participants cast. */
export function namedVotesByCard(workshop: Workshop | undefined): Map<string, number> {
  const named = new Map<string, number>();
  for (const participant of workshop?.participants ?? []) {
    for (const { cardId, count } of participant.votes) {
      named.set(cardId, (named.get(cardId) ?? 0) + count);
    }
  }
  return named;
}

/**
 * The one rule between a card's total and its participants' votes: the total is never below
 * what participants gave the card. Their ballots are the more detailed record, so they are
 * kept and the total is raised. Loading a file (`repairWorkshop`) and every edit
 * (`keepVotesConsistent`) apply it through this function; it only reads, the callers write.
 */
export function totalsBelowNamed(
  cards: readonly Pick<Card, 'id' | 'votes'>[],
  workshop: Workshop | undefined,
): { index: number; named: number }[] {
  const named = namedVotesByCard(workshop);
  const raised: { index: number; named: number }[] = [];
  if (named.size === 0) return raised;
  cards.forEach((card, index) => {
    const given = named.get(card.id) ?? 0;
    if (given > (card.votes ?? 0)) raised.push({ index, named: given });
  });
  return raised;
}

/** A card's anonymous votes: its total less what named participants gave it. */
export function anonymousVotes(
  map: Pick<JourneyMap, 'workshop' | 'cards'>,
  cardId: string,
): number {
  const total = map.cards.find((card) => card.id === cardId)?.votes ?? 0;
  return Math.max(0, total - (namedVotesByCard(map.workshop).get(cardId) ?? 0));
}

/**
 * The cards of one cell in the order "most votes first", ties in their current order. Used
 * by the "Order by votes" operation and by the canvas's sorted view, so both agree.
 */
export function byVotes<C extends Pick<Card, 'order' | 'votes'>>(cards: readonly C[]): C[] {
  return [...cards].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || byCellOrder(a, b));
}

/**
 * What a voting session keeps true, as problems (empty: all well); part of `checkInvariants`:
 * participant ids are unique, every vote is for an existing card, at most one entry per card
 * and participant, nobody has used more than their votes, and no card has fewer votes than
 * participants gave it.
 */
export function workshopProblems(map: JourneyMap): string[] {
  const workshop = map.workshop;
  if (!workshop) return [];
  const problems: string[] = [];
  const cards = new Map(map.cards.map((card) => [card.id, card]));
  const ids = new Set<string>();
  for (const participant of workshop.participants) {
    if (ids.has(participant.id)) problems.push(`participants: duplicate id ${participant.id}`);
    ids.add(participant.id);
    const voted = new Set<string>();
    for (const { cardId } of participant.votes) {
      if (!cards.has(cardId)) problems.push(`participant ${participant.id}: no card ${cardId}`);
      if (voted.has(cardId)) problems.push(`participant ${participant.id}: card ${cardId} twice`);
      voted.add(cardId);
    }
    const used = usedVotes(participant);
    if (used > workshop.votesPerParticipant) {
      problems.push(
        `participant ${participant.id}: ${used} votes, more than ${workshop.votesPerParticipant}`,
      );
    }
  }
  for (const [cardId, named] of namedVotesByCard(workshop)) {
    const total = cards.get(cardId)?.votes ?? 0;
    if (named > total) problems.push(`card ${cardId}: ${named} named votes but votes ${total}`);
  }
  return problems;
}
