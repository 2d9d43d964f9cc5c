import { z } from 'zod';
import { IdSchema, NameSchema, type Known } from './primitives';

/** flow: the customer's path; dependency: one step needs another (blueprints). */
export const CONNECTOR_KINDS = ['flow', 'dependency'] as const;

/** An arrow from one card to another. */
export const ConnectorSchema = z.looseObject({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  kind: z.enum(CONNECTOR_KINDS).default('flow'),
  label: NameSchema.optional(),
});

export type Connector = Known<z.infer<typeof ConnectorSchema>>;
