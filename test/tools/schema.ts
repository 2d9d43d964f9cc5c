// `npm run schema`: rewrites shared/journey-map.schema.json from the zod schemas.
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../../shared/schema/jsonSchema';

const target = new URL('../../shared/journey-map.schema.json', import.meta.url);
writeFileSync(target, jsonSchemaText());
process.stdout.write(`wrote ${target.pathname}\n`);
