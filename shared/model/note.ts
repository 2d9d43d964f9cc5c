import { z } from 'zod';
import { ColorSchema, IdSchema, TextSchema, type Known } from './primitives';

/** A free-form sticky note: the only thing in a map with a position of its own. */
export const NoteSchema = z.looseObject({
  id: IdSchema,
  x: z.number().min(-1_000_000).max(1_000_000),
  y: z.number().min(-1_000_000).max(1_000_000),
  text: TextSchema,
  color: ColorSchema.optional(),
});

export type Note = Known<z.infer<typeof NoteSchema>>;
