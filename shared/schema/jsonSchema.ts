import { z } from 'zod';
import { CardSchema, JourneyMapSchema, SCHEMA_URL } from '../model';

/**
 * The published JSON Schema of `*.journey.json`, generated from the zod schemas (the one
 * source of truth) and checked in as `shared/journey-map.schema.json` (`npm run schema`
 * rewrites it; a test fails when it is stale). It describes files as they may be written:
 * fields with defaults are optional, and so is a card's `order` (the loader places a card
 * without one after its cell's other cards). Every object allows fields of other tools,
 * which the app keeps; their names should start with `x-`.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(JourneyMapSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (jsonSchema.type === 'object') jsonSchema.additionalProperties = true;
      if (zodSchema === CardSchema) {
        jsonSchema.required = jsonSchema.required?.filter((key) => key !== 'order');
      }
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_URL,
    title: 'Journey Studio journey map',
    description:
      'A customer journey map or service blueprint made with Journey Studio (*.journey.json). ' +
      'Any object may carry fields of other tools, which Journey Studio keeps through load, ' +
      'edit and save (written after its own fields, in alphabetical order); name them with ' +
      'an "x-" prefix (such as "x-crm-id") so that they never clash with a future field.',
    ...rest,
  };
}

/** The schema file's text: 2-space indent, LF, final newline, like the maps themselves. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
