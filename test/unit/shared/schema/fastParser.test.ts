import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { loadMap } from '../../../../shared/load';
import { JourneyMapSchema } from '../../../../shared/model';
import {
  buildFastParser,
  INVALID,
  UnsupportedSchemaError,
} from '../../../../shared/schema/fastParser';
import { serializeMap } from '../../../../shared/serialize';
import { mapArbitrary, messyDocArbitrary, setAtPath, spoiltDocArbitrary } from '../arbitraries';

const fast = buildFastParser(JourneyMapSchema);

/** The fast parser may decline anything, but what it accepts must be exactly zod's answer. */
function expectAgreement(input: unknown): void {
  const out = fast(input);
  if (out === INVALID) return;
  const zod = JourneyMapSchema.safeParse(input);
  expect(zod.success).toBe(true);
  expect(out).toEqual(zod.data);
}

describe('the closure-built fast parser agrees with zod', () => {
  test('it accepts every valid map and gives zod’s output', () => {
    fc.assert(
      fc.property(mapArbitrary(), (map) => {
        const input: unknown = JSON.parse(serializeMap(map));
        const out = fast(input);
        expect(out).not.toBe(INVALID);
        expect(out).toEqual(JourneyMapSchema.parse(input));
      }),
      { numRuns: 300 },
    );
  });

  test('a valid map with one value replaced by any JSON value', () => {
    fc.assert(
      fc.property(spoiltDocArbitrary(2), (doc) => expectAgreement(doc)),
      { numRuns: 1000 },
    );
  });

  test('documents with the defects the loader repairs, and edge values', () => {
    fc.assert(
      fc.property(messyDocArbitrary, (doc) => expectAgreement(doc)),
      { numRuns: 500 },
    );
    const base: unknown = JSON.parse(
      serializeMap(
        JourneyMapSchema.parse({
          format: 'journey-map',
          version: 2,
          title: 'T',
          stages: [],
          lanes: [],
          cards: [],
        }),
      ),
    );
    for (const [path, value] of [
      [['nextReview'], '2027-02-29'],
      [['nextReview'], '2028-02-29'],
      [['brandColor'], '#ABCDEF'],
      [['brandColor'], '#abcdefg'],
      [['language'], 'e'],
      [['title'], 'x'.repeat(500)],
      [['title'], 'x'.repeat(501)],
      [['version'], 1.0],
      [['description'], undefined],
    ] as const) {
      expectAgreement(setAtPath(base, [...path], value));
    }
  });

  test('a schema with constructs it does not know is refused when building', () => {
    expect(() => buildFastParser(z.object({ when: z.date() }))).toThrow(UnsupportedSchemaError);
    expect(() => buildFastParser(z.string().email())).toThrow(UnsupportedSchemaError);
  });
});

describe('the loader in the renderer’s jitless mode', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  test('loads and refuses exactly as in the default mode', () => {
    fc.assert(
      fc.property(spoiltDocArbitrary(1), (doc) => {
        const text = JSON.stringify(doc);
        z.config({ jitless: false });
        const normal = loadMap(text);
        z.config({ jitless: true });
        expect(loadMap(text)).toEqual(normal);
      }),
      { numRuns: 300 },
    );
  });
});
