import { z } from 'zod';
import {
  ColorSchema,
  IdSchema,
  type Known,
  LIMITS,
  NameSchema,
  TextListSchema,
  TextSchema,
} from './primitives';

/** A persona photo: an embedded image, so that a map file stands alone. */
export const PhotoSchema = z
  .string()
  .max(LIMITS.photo)
  .regex(
    /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/,
    'expected an embedded PNG, JPEG, WebP or GIF image',
  );

/** Whose journey this is. One map may follow several personas, each with its own emotion curve. */
export const PersonaSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  role: NameSchema.default(''),
  quote: TextSchema.default(''),
  /** An emoji standing in for a photo. */
  emoji: z.string().max(16).optional(),
  photo: PhotoSchema.optional(),
  /** The colour of this persona's emotion curve. */
  color: ColorSchema.optional(),
  goals: TextListSchema.default([]),
  needs: TextListSchema.default([]),
  motivations: TextListSchema.default([]),
  pains: TextListSchema.default([]),
  channels: TextListSchema.default([]),
});

export type Persona = Known<z.infer<typeof PersonaSchema>>;
