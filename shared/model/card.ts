import { z } from 'zod';
import type { LaneKind } from './laneKind';
import { OrderKeySchema } from './orderKey';
import { ColorSchema, IdSchema, ShortTextSchema, TextSchema, type Known } from './primitives';

/** Where a card's content comes from, so that a map shows what is known and what is guessed. */
export const EVIDENCE_STATUSES = ['observed', 'assumed', 'proposed'] as const;
export const EvidenceSchema = z.looseObject({
  status: z.enum(EVIDENCE_STATUSES),
  /** Interview, survey, analytics report … free text. */
  source: ShortTextSchema.optional(),
});
export type Evidence = Known<z.infer<typeof EvidenceSchema>>;

export const CHANNELS = [
  'web',
  'mobileApp',
  'email',
  'phone',
  'chat',
  'sms',
  'social',
  'advertising',
  'store',
  'inPerson',
  'mail',
  'event',
  'partner',
  'other',
] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const PRIORITIES = ['low', 'medium', 'high'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

/** Emotion scores run from −2 (very negative) to +2 (very positive). */
export const SCORE_MIN = -2;
export const SCORE_MAX = 2;
export const ScoreSchema = z.number().int().min(SCORE_MIN).max(SCORE_MAX);

/** A KPI card's figure as the team wrote it (free text; stage metrics are `metric.ts`). */
export const CardMetricSchema = z.looseObject({
  value: ShortTextSchema,
  target: ShortTextSchema.optional(),
});
export type CardMetric = Known<z.infer<typeof CardMetricSchema>>;

/**
 * A card sits in a cell (lane × stage); `order` is its fractional key within the cell
 * (`orderKey.ts`). Files may leave `order` out: the loader puts such a card after its cell's
 * other cards and reports it (`repairOrder.ts`), so in memory every card has a key.
 * Kind-specific fields are optional; a field that the card's lane kind does not use is kept
 * (moving a card back restores it) but not drawn.
 */
export const CardSchema = z.looseObject({
  id: IdSchema,
  laneId: IdSchema,
  stageId: IdSchema,
  order: OrderKeySchema,
  text: TextSchema,
  color: ColorSchema.optional(),
  evidence: EvidenceSchema.optional(),
  /** emotions: the feeling at this step. */
  score: ScoreSchema.optional(),
  /** emotions: whose curve this point belongs to (absent: the map's first persona). */
  personaId: IdSchema.optional(),
  /** touchpoints and channels. */
  channel: ChannelSchema.optional(),
  /** painPoints. */
  severity: SeveritySchema.optional(),
  /** opportunities. */
  priority: PrioritySchema.optional(),
  /** kpis. */
  metric: CardMetricSchema.optional(),
  /** Dot votes from a workshop. */
  votes: z.number().int().min(0).max(1_000_000).optional(),
});

export type Card = Known<z.infer<typeof CardSchema>>;

/** The optional card fields that each lane kind shows and edits. */
export const CARD_FIELDS_BY_KIND: Record<LaneKind, readonly (keyof Card)[]> = {
  actions: [],
  touchpoints: ['channel'],
  channels: ['channel'],
  thoughts: [],
  emotions: ['score', 'personaId'],
  painPoints: ['severity', 'votes'],
  opportunities: ['priority', 'votes'],
  kpis: ['metric'],
  owners: [],
  physicalEvidence: [],
  frontstage: [],
  backstage: [],
  support: [],
  text: [],
};
