import { z } from 'zod';
import { ColorSchema, IdSchema, NameSchema, TextSchema, type Known } from './primitives';

/** A column of the map: one step of the journey, left to right (right to left in RTL maps). */
export const StageSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  description: TextSchema.optional(),
  color: ColorSchema.optional(),
});

export type Stage = Known<z.infer<typeof StageSchema>>;
