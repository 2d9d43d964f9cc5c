import { describe, expect, test } from 'vitest';
import type { JourneyMap } from '../../../../shared/model';
import { anonymousVotes, remainingVotes, votesOn, type Operation } from '../../../../shared/ops';
import { cardOf, cell, edit, sampleMap } from './sampleMap';

/** The sample map with three more pain points in pain × s3 (p1 has 2 anonymous votes). */
function votingMap(): JourneyMap {
  return edit([
    { type: 'addCard', card: { id: 'p2', laneId: 'pain', stageId: 's3', text: 'Queue' } },
    { type: 'addCard', card: { id: 'p3', laneId: 'pain', stageId: 's3', text: 'Fees' } },
    { type: 'addCard', card: { id: 'p4', laneId: 'pain', stageId: 's1', text: 'Forms' } },
    { type: 'setVotesPerParticipant', count: 3 },
    { type: 'addParticipant', participant: { id: 'anna', name: 'Anna' } },
    { type: 'addParticipant', participant: { id: 'ben', name: 'Ben' } },
  ]);
}

const vote = (cardId: string, participantId?: string): Operation => ({
  type: 'castVote',
  cardId,
  ...(participantId ? { participantId } : {}),
});

describe('dot voting operations', () => {
  test('a participant votes until their votes are used up; the card counts every vote', () => {
    let map = votingMap();
    expect(remainingVotes(map.workshop, 'anna')).toBe(3);
    map = edit([vote('p2', 'anna'), vote('p2', 'anna'), vote('p3', 'anna')], map);
    expect(remainingVotes(map.workshop, 'anna')).toBe(0);
    expect(cardOf(map, 'p2')?.votes).toBe(2);
    expect(cardOf(map, 'p3')?.votes).toBe(1);
    expect(map.workshop?.participants[0]?.votes).toEqual([
      { cardId: 'p2', count: 2 },
      { cardId: 'p3', count: 1 },
    ]);
    // A fourth vote is refused; Ben still has all of his.
    const after = edit(vote('p4', 'anna'), map);
    expect(after).toBe(map);
    expect(remainingVotes(map.workshop, 'ben')).toBe(3);
  });

  test('anonymous votes are unlimited and only counted', () => {
    let map = votingMap();
    for (let i = 0; i < 7; i++) map = edit(vote('p4'), map);
    expect(cardOf(map, 'p4')?.votes).toBe(7);
    expect(map.workshop?.participants.every((p) => p.votes.length === 0)).toBe(true);
    expect(anonymousVotes(map, 'p1')).toBe(2);
  });

  test('only pain points and opportunities take votes; unknown voters and cards do nothing', () => {
    const map = votingMap();
    expect(edit(vote('a1'), map)).toBe(map);
    expect(edit(vote('p2', 'nobody'), map)).toBe(map);
    expect(edit(vote('ghost', 'anna'), map)).toBe(map);
  });

  test('taking back: a participant their own votes, anonymous only anonymous ones', () => {
    let map = edit([vote('p1', 'anna'), vote('p1', 'anna')], votingMap());
    expect(cardOf(map, 'p1')?.votes).toBe(4);
    map = edit({ type: 'retractVote', cardId: 'p1', participantId: 'anna' }, map);
    expect(map.workshop?.participants[0]?.votes).toEqual([{ cardId: 'p1', count: 1 }]);
    expect(cardOf(map, 'p1')?.votes).toBe(3);
    // Ben has no vote on p1 to take back.
    expect(edit({ type: 'retractVote', cardId: 'p1', participantId: 'ben' }, map)).toBe(map);
    map = edit({ type: 'retractVote', cardId: 'p1' }, map);
    map = edit({ type: 'retractVote', cardId: 'p1' }, map);
    expect(cardOf(map, 'p1')?.votes).toBe(1);
    // The last vote is Anna's: an anonymous retract leaves it.
    expect(edit({ type: 'retractVote', cardId: 'p1' }, map)).toBe(map);
    map = edit({ type: 'retractVote', cardId: 'p1', participantId: 'anna' }, map);
    expect(cardOf(map, 'p1')?.votes).toBeUndefined();
    expect(map.workshop?.participants[0]?.votes).toEqual([]);
  });

  test('clearing votes empties every card and gives everyone their votes back', () => {
    let map = edit([vote('p2', 'anna'), vote('p3', 'ben'), vote('p3')], votingMap());
    map = edit({ type: 'clearVotes' }, map);
    expect(map.cards.filter((c) => c.votes !== undefined)).toEqual([]);
    expect(remainingVotes(map.workshop, 'anna')).toBe(3);
    expect(map.workshop?.participants.map((p) => p.name)).toEqual(['Anna', 'Ben']);
  });

  test('order by votes: most votes first within each cell, ties keep their order', () => {
    let map = edit([vote('p3'), vote('p3'), vote('p3')], votingMap());
    expect(cell(map, 'pain', 's3')).toEqual(['p1', 'p2', 'p3']);
    map = edit({ type: 'orderCardsByVotes', laneIds: ['pain'] }, map);
    expect(cell(map, 'pain', 's3')).toEqual(['p3', 'p1', 'p2']);
    // Other lanes are left alone.
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a2', 'a3']);
  });

  test('votes per participant never drop below what someone has used', () => {
    let map = edit([vote('p2', 'anna'), vote('p3', 'anna')], votingMap());
    map = edit({ type: 'setVotesPerParticipant', count: 1 }, map);
    expect(map.workshop?.votesPerParticipant).toBe(2);
    map = edit({ type: 'setVotesPerParticipant', count: 500 }, map);
    expect(map.workshop?.votesPerParticipant).toBe(100);
  });

  test('participants: add (unique ids), rename, remove with their votes', () => {
    let map = edit(
      { type: 'addParticipant', participant: { id: 'anna', name: 'Again' } },
      votingMap(),
    );
    expect(map.workshop?.participants.map((p) => p.name)).toEqual(['Anna', 'Ben']);
    map = edit([{ type: 'renameParticipant', participantId: 'ben', name: 'Benedikt' }], map);
    map = edit([vote('p2', 'ben'), vote('p2', 'ben'), vote('p2')], map);
    map = edit({ type: 'removeParticipant', participantId: 'ben' }, map);
    expect(map.workshop?.participants.map((p) => p.name)).toEqual(['Anna']);
    expect(cardOf(map, 'p2')?.votes).toBe(1);
  });

  test('a map without a session gets one only when voting is set up', () => {
    const plain = sampleMap();
    expect(edit(vote('p1'), plain).workshop).toBeUndefined();
    const setUp = edit({ type: 'addParticipant', participant: { id: 'x', name: 'X' } }, plain);
    expect(setUp.workshop).toEqual({
      votesPerParticipant: 5,
      participants: [{ id: 'x', name: 'X', votes: [] }],
    });
  });

  test('deleting a voted card (or its lane) gives the participant the vote back', () => {
    let map = edit([vote('p2', 'anna'), vote('p4', 'anna')], votingMap());
    map = edit({ type: 'deleteCards', cardIds: ['p2'] }, map);
    expect(map.workshop?.participants[0]?.votes).toEqual([{ cardId: 'p4', count: 1 }]);
    expect(remainingVotes(map.workshop, 'anna')).toBe(2);
    map = edit({ type: 'deleteLane', laneId: 'pain' }, map);
    expect(remainingVotes(map.workshop, 'anna')).toBe(3);
  });

  test('lowering a card’s total never takes participants’ votes: the total stays at theirs', () => {
    // The same rule as loading a file (repairWorkshop): named ballots are kept, the total
    // is at least what participants gave the card.
    let map = edit(
      [vote('p2', 'anna'), vote('p2', 'ben'), vote('p2', 'ben'), vote('p2')],
      votingMap(),
    );
    expect(cardOf(map, 'p2')?.votes).toBe(4);
    map = edit({ type: 'addVotes', cardIds: ['p2'], delta: -5 }, map);
    expect(map.workshop?.participants.map((p) => votesOn(p, 'p2'))).toEqual([1, 2]);
    expect(cardOf(map, 'p2')?.votes).toBe(3);
    expect(anonymousVotes(map, 'p2')).toBe(0);
  });

  test('addVotes is for cards whose lane takes votes, like castVote', () => {
    const map = votingMap();
    const after = edit({ type: 'addVotes', cardIds: ['a1', 'p2'], delta: 2 }, map);
    expect(cardOf(after, 'a1')?.votes).toBeUndefined();
    expect(cardOf(after, 'p2')?.votes).toBe(2);
  });
});
