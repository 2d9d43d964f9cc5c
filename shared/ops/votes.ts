import { groupByCell } from '../grid/cells';
import { assignOrderKeys, CARD_FIELDS_BY_KIND, type Card, type Participant } from '../model';
import { cardsById } from './cards';
import { cardIndices, findCards, peek, type CardDraft, type MapDraft } from './draft';
import type { Operation, OperationType } from './operation';
import { fitVotes, MAX_VOTES } from './sanitize';
import { byVotes, namedVotesByCard, totalsBelowNamed, usedVotes } from './voteTally';

/**
 * Dot voting. A vote with a `participantId` is that participant's (it counts against their
 * votes and is saved under their name); without one it is anonymous (unlimited, only
 * counted). Either way it adds to the card's `votes`, the total everyone sees.
 */
export type VoteOperation =
  /**
   * Adds `delta` (may be negative) anonymous votes to each card that takes votes: the
   * inspector's "Votes" field. The total never drops below its participants' votes.
   */
  | { type: 'addVotes'; cardIds: readonly string[]; delta: number }
  /** One vote for a pain point or opportunity (cards in other lanes take no votes). */
  | { type: 'castVote'; cardId: string; participantId?: string }
  /**
   * Takes one vote back: the participant's own, or (anonymous) one of the card's anonymous
   * votes; named votes are only taken back by their participant.
   */
  | { type: 'retractVote'; cardId: string; participantId?: string }
  /** Removes every vote from every card; participants keep their names and votes to cast. */
  | { type: 'clearVotes' }
  /** Orders the cards of each cell in these lanes by votes, most first (ties keep their order). */
  | { type: 'orderCardsByVotes'; laneIds: readonly string[] };

export function applyVoteOperation(map: MapDraft, op: VoteOperation): void {
  switch (op.type) {
    case 'addVotes':
      for (const card of cardsById(map, op.cardIds)) addVotes(map, card, op.delta);
      return;
    case 'castVote':
      castVote(map, op.cardId, op.participantId);
      return;
    case 'retractVote':
      retractVote(map, op.cardId, op.participantId);
      return;
    case 'clearVotes':
      for (const card of findCards(map, (c) => c.votes !== undefined)) delete card.votes;
      for (const participant of map.workshop?.participants ?? []) {
        if (participant.votes.length > 0) participant.votes = [];
      }
      return;
    case 'orderCardsByVotes':
      orderByVotes(map, new Set(op.laneIds));
      return;
  }
}

function participantOf(map: MapDraft, id: string | undefined): Participant | null | undefined {
  if (id === undefined) return null;
  return map.workshop?.participants.find((p) => p.id === id);
}

function takesVotes(map: MapDraft, card: CardDraft): boolean {
  const kind = map.lanes.find((lane) => lane.id === card.laneId)?.kind;
  return kind !== undefined && CARD_FIELDS_BY_KIND[kind].includes('votes');
}

function addVotes(map: MapDraft, card: CardDraft, delta: number): void {
  if (!takesVotes(map, card)) return;
  const named = namedVotesByCard(map.workshop).get(card.id) ?? 0;
  const votes = Math.max(named, fitVotes((card.votes ?? 0) + delta));
  if (votes === 0) delete card.votes;
  else if (votes !== card.votes) card.votes = votes;
}

function castVote(map: MapDraft, cardId: string, participantId: string | undefined): void {
  const [card] = cardsById(map, [cardId]);
  const participant = participantOf(map, participantId);
  const session = map.workshop;
  if (!card || participant === undefined || !takesVotes(map, card)) return;
  if ((card.votes ?? 0) >= MAX_VOTES) return;
  if (participant) {
    if (!session || usedVotes(participant) >= session.votesPerParticipant) return;
    const ballot = participant.votes.find((b) => b.cardId === cardId);
    if (ballot) ballot.count += 1;
    else participant.votes.push({ cardId, count: 1 });
  }
  card.votes = (card.votes ?? 0) + 1;
}

function retractVote(map: MapDraft, cardId: string, participantId: string | undefined): void {
  const [card] = cardsById(map, [cardId]);
  const participant = participantOf(map, participantId);
  if (!card || participant === undefined || (card.votes ?? 0) === 0) return;
  if (participant) {
    const index = participant.votes.findIndex((b) => b.cardId === cardId);
    const ballot = participant.votes[index];
    if (!ballot) return;
    if (ballot.count > 1) ballot.count -= 1;
    else participant.votes.splice(index, 1);
  } else {
    const named = (map.workshop?.participants ?? []).reduce(
      (sum, p) => sum + (p.votes.find((b) => b.cardId === cardId)?.count ?? 0),
      0,
    );
    if ((card.votes ?? 0) <= named) return;
  }
  if (card.votes === 1) delete card.votes;
  else card.votes = (card.votes ?? 1) - 1;
}

function orderByVotes(map: MapDraft, laneIds: ReadonlySet<string>): void {
  const cards = peek(map.cards as Card[]);
  const indices = cardIndices(map, (c) => laneIds.has(c.laneId));
  const cells = groupByCell(indices, (index) => cards[index] as Card);
  // Only the cards that change places get new keys (see `assignOrderKeys`).
  for (const indices of cells.values()) {
    const sorted = byVotes(indices.map((index) => ({ index, ...(cards[index] as Card) })));
    const keys = assignOrderKeys(sorted.map((card) => card.order));
    sorted.forEach(({ index }, position) => {
      const draft = map.cards[index];
      const key = keys[position] as string;
      if (draft && draft.order !== key) draft.order = key;
    });
  }
}

/**
 * Edits that can leave named votes without their card (deleting cards, lanes, stages, a
 * persona's curve). After them `keepVotesConsistent` runs.
 */
const TOUCHES_VOTES: ReadonlySet<OperationType> = new Set<OperationType>([
  'deleteCards',
  'deleteLane',
  'deleteStage',
  'deletePersona',
]);

export function touchesVotes(op: Operation): boolean {
  return TOUCHES_VOTES.has(op.type);
}

/**
 * Drops named votes for cards that are gone (the participant gets them back) and applies
 * the rule every voting session keeps (`totalsBelowNamed`, the same as loading a file).
 */
export function keepVotesConsistent(map: MapDraft): void {
  const participants = map.workshop?.participants;
  if (!participants?.some((p) => p.votes.length > 0)) return;
  const cards = peek(map.cards as Card[]);
  const ids = new Set(cards.map((card) => card.id));
  for (const participant of participants) {
    const plain = peek(participant.votes);
    if (plain.some((ballot) => !ids.has(ballot.cardId))) {
      participant.votes = plain.filter((ballot) => ids.has(ballot.cardId)).map((b) => ({ ...b }));
    }
  }
  for (const { index, named } of totalsBelowNamed(cards, peek(map.workshop))) {
    const card = map.cards[index];
    if (card) card.votes = named;
  }
}
