import fc from 'fast-check';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import { expect, test } from 'vitest';
import { loadMap } from '../../../../shared/load';
import {
  applyOperation,
  checkInvariants,
  remainingVotes,
  type Operation,
} from '../../../../shared/ops';
import { serializeMap } from '../../../../shared/serialize';
import { mapArb, operationArb } from './opArbitraries';

enablePatches();

const cardId = fc.nat(13).map((n) => `c${n}`);
const participantId = fc.constantFrom('anna', 'ben', 'cleo', 'nobody');
const voter = fc.option(participantId, { nil: undefined });

/** Voting operations, valid and not, on the random maps' card ids. */
const voteOpArb: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ type: fc.constant('castVote'), cardId, participantId: voter }),
  },
  fc.record({ type: fc.constant('retractVote'), cardId, participantId: voter }),
  fc.record({
    type: fc.constant('addParticipant'),
    participant: fc.record({ id: participantId, name: fc.string({ maxLength: 8 }) }),
    index: fc.option(fc.integer({ min: -2, max: 5 }), { nil: undefined }),
  }),
  fc.record({ type: fc.constant('removeParticipant'), participantId }),
  fc.record({ type: fc.constant('renameParticipant'), participantId, name: fc.string() }),
  fc.record({
    type: fc.constant('setVotesPerParticipant'),
    count: fc.oneof(fc.integer({ min: -2, max: 120 }), fc.double()),
  }),
  fc.record({ type: fc.constant('clearVotes') }),
  fc.record({
    type: fc.constant('orderCardsByVotes'),
    laneIds: fc.array(
      fc.nat(5).map((n) => `l${n}`),
      { maxLength: 3 },
    ),
  }),
);

/** Voting mixed with every other edit (deleting cards, lanes, setting votes by hand …). */
const mixedArb = fc.oneof(
  { weight: 3, arbitrary: voteOpArb },
  { weight: 2, arbitrary: operationArb },
);

/** Votable lanes and two participants first, so that most runs have named votes to disturb. */
const SETUP: readonly Operation[] = [
  { type: 'setLaneKind', laneId: 'l0', kind: 'painPoints' },
  { type: 'setLaneKind', laneId: 'l1', kind: 'opportunities' },
  { type: 'addParticipant', participant: { id: 'anna', name: 'Anna' } },
  { type: 'addParticipant', participant: { id: 'ben', name: 'Ben' } },
];

test('property: voting keeps every invariant; undo restores; the file keeps the votes', () => {
  fc.assert(
    fc.property(mapArb, fc.array(mixedArb, { maxLength: 30 }), (start, ops) => {
      let map = start;
      for (const op of [...SETUP, ...ops]) {
        const [next, patches, inverse] = produceWithPatches(map, (draft) =>
          applyOperation(draft, op),
        );
        const problems = checkInvariants(next);
        if (problems.length > 0) {
          throw new Error(`${JSON.stringify(op).slice(0, 300)}\n${problems.join('\n')}`);
        }
        expect(applyPatches(next, inverse)).toEqual(map);
        expect(applyPatches(map, patches)).toEqual(next);
        map = next;
      }
      // Saving and loading gives back the same votes, with no repair needed.
      const text = serializeMap(map);
      const loaded = loadMap(text);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      expect(loaded.warnings).toEqual([]);
      expect(loaded.map.workshop).toEqual(map.workshop);
      const votesById = (cards: typeof map.cards) =>
        Object.fromEntries(cards.map((c) => [c.id, c.votes]));
      expect(votesById(loaded.map.cards)).toEqual(votesById(map.cards));
      for (const p of map.workshop?.participants ?? []) {
        expect(remainingVotes(loaded.map.workshop, p.id)).toBe(remainingVotes(map.workshop, p.id));
      }
      expect(serializeMap(loaded.map)).toBe(text);
    }),
    { numRuns: 300 },
  );
});
