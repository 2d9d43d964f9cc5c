import { z } from 'zod';
import { BlueprintLineSchema, LaneKindSchema } from './laneKind';
import { ColorSchema, IdSchema, NameSchema, type Known } from './primitives';

/** A row of the map. Its kind decides what its cards hold. */
export const LaneSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  kind: LaneKindSchema,
  color: ColorSchema.optional(),
  /** A blueprint line drawn on this lane's lower boundary. */
  lineBelow: BlueprintLineSchema.optional(),
});

export type Lane = Known<z.infer<typeof LaneSchema>>;
