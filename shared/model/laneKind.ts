import { z } from 'zod';

/**
 * What a lane holds. The kind decides which card fields mean something (see `CARD_FIELDS_BY_KIND`)
 * and how the canvas and the exports draw its cards.
 */
export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'channels',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'kpis',
  'owners',
  'physicalEvidence',
  'frontstage',
  'backstage',
  'support',
  'text',
] as const;

export const LaneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKindSchema>;

/** The lanes that only a service blueprint has. */
export const BLUEPRINT_LANE_KINDS: readonly LaneKind[] = [
  'physicalEvidence',
  'frontstage',
  'backstage',
  'support',
];

/**
 * The three lines of a service blueprint. A line is drawn below the lane that carries it:
 * interaction (customer | frontstage), visibility (frontstage | backstage),
 * internal interaction (backstage | support processes).
 */
export const BLUEPRINT_LINES = ['interaction', 'visibility', 'internalInteraction'] as const;
export const BlueprintLineSchema = z.enum(BLUEPRINT_LINES);
export type BlueprintLine = z.infer<typeof BlueprintLineSchema>;
