import { z } from 'zod';
import { BlueprintLineSchema, LaneKindSchema } from './laneKind';
import { ColorSchema, IdSchema, NameSchema } from './primitives';

/** A row of the map. Its kind decides what its cards hold. */
export const LaneSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  kind: LaneKindSchema,
  color: ColorSchema.optional(),
  /** A blueprint line drawn on this lane's lower boundary. */
  lineBelow: BlueprintLineSchema.optional(),
});

export type Lane = z.infer<typeof LaneSchema>;
