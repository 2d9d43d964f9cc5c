import { z } from 'zod';
import { JourneyMapSchema, SCHEMA_URL } from '../model';

/**
 * The published JSON Schema of `*.journey.json`, generated from the zod schemas (the one
 * source of truth) and checked in as `shared/journey-map.schema.json` (`npm run schema`
 * rewrites it; a test fails when it is stale). It describes files as they may be written:
 * fields with defaults are optional. Unknown fields are flagged, as the loader reports them.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(JourneyMapSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ jsonSchema }) => {
      if (jsonSchema.type === 'object') jsonSchema.additionalProperties = false;
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_URL,
    title: 'Journey Studio journey map',
    description:
      'A customer journey map or service blueprint made with Journey Studio (*.journey.json).',
    ...rest,
  };
}

/** The schema file's text: 2-space indent, LF, final newline, like the maps themselves. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
