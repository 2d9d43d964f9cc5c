import { z } from 'zod';
import { IdSchema, NameSchema, type Known } from './primitives';

/** The most votes a facilitator can hand each participant (dot voting uses 3–10). */
export const MAX_VOTES_PER_PARTICIPANT = 100;
export const MAX_PARTICIPANTS = 200;
export const DEFAULT_VOTES_PER_PARTICIPANT = 5;

/** Some of one participant's votes, all on one card. */
export const BallotSchema = z.looseObject({
  cardId: IdSchema,
  count: z.number().int().min(1).max(MAX_VOTES_PER_PARTICIPANT),
});
export type Ballot = Known<z.infer<typeof BallotSchema>>;

/**
 * A named participant of a voting session and the votes they have cast, card by card, in
 * the order they first voted for each card (so that a diff shows one line per new vote).
 */
export const ParticipantSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  votes: z.array(BallotSchema).max(MAX_VOTES_PER_PARTICIPANT).default([]),
});
export type Participant = Known<z.infer<typeof ParticipantSchema>>;

/**
 * A dot-voting session, saved with the map so that reopening the file restores who has how
 * many votes left. Optional: maps that never held a session have no `workshop` key.
 *
 * Each card's `votes` stays the total that everyone reads (canvas badge, exports): named
 * participants' votes are part of it and the rest are anonymous votes. So for every card the
 * participants' counts add up to at most `card.votes`, and each participant has used at most
 * `votesPerParticipant` (`shared/ops/invariants.ts` checks both).
 */
export const WorkshopSchema = z.looseObject({
  votesPerParticipant: z
    .number()
    .int()
    .min(1)
    .max(MAX_VOTES_PER_PARTICIPANT)
    .default(DEFAULT_VOTES_PER_PARTICIPANT),
  participants: z.array(ParticipantSchema).max(MAX_PARTICIPANTS).default([]),
});
export type Workshop = Known<z.infer<typeof WorkshopSchema>>;
