import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SCHEMA_URL } from '../../../../shared/model';
import { jsonSchemaText } from '../../../../shared/schema/jsonSchema';
import { serializeMap } from '../../../../shared/serialize';
import { mapArbitrary } from '../arbitraries';

const SCHEMA_FILE = 'shared/journey-map.schema.json';
const shipped = readFileSync(SCHEMA_FILE, 'utf8');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(shipped) as object);
}

const templateFiles = readdirSync('templates').filter((name) => name.endsWith('.journey.json'));

describe('the published JSON Schema', () => {
  test('is up to date with the zod schemas (run `npm run schema` when this fails)', () => {
    expect(shipped).toBe(jsonSchemaText());
  });

  test('is the one `$schema` in every saved file points to', () => {
    expect((JSON.parse(shipped) as { $id: string }).$id).toBe(SCHEMA_URL);
  });

  test.each(templateFiles)('accepts the template %s, as an editor would check it', (name) => {
    const validate = validator();
    const valid = validate(JSON.parse(readFileSync(`templates/${name}`, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('accepts every file the app saves', () => {
    const validate = validator();
    fc.assert(
      fc.property(mapArbitrary(), (map) => {
        expect(validate(JSON.parse(serializeMap(map)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('rejects what the loader refuses: a wrong type, a bad colour, an unknown lane kind', () => {
    const validate = validator();
    const template = JSON.parse(
      readFileSync('templates/01-classic.journey.json', 'utf8'),
    ) as Record<string, unknown>;
    for (const spoilt of [
      { ...template, title: 5 },
      { ...template, brandColor: 'blue' },
      { ...template, lanes: [{ id: 'l', name: 'L', kind: 'feelings' }] },
    ]) {
      expect(validate(spoilt)).toBe(false);
    }
  });

  test('accepts fields of other tools anywhere, and cards with only the contract fields', () => {
    const validate = validator();
    const template = JSON.parse(
      readFileSync('templates/01-classic.journey.json', 'utf8'),
    ) as Record<string, unknown>;
    const card = { id: 'c', laneId: 'actions', stageId: 'awareness', text: 'T', 'x-crm-id': 7 };
    expect(validate({ ...template, 'x-generator': 'crm', cards: [card] })).toBe(true);
    expect(validate({ ...template, cards: [{ ...card, order: 'not a key!' }] })).toBe(false);
  });
});
