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
          version: 3,
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

  test('unknown keys: kept where zod keeps them, even one named __proto__', () => {
    const text = serializeMap(
      JourneyMapSchema.parse({
        format: 'journey-map',
        version: 3,
        title: 'T',
        stages: [{ id: 's', name: 'S' }],
        lanes: [],
        cards: [],
      }),
    );
    for (const extra of ['"x-crm": {"id": 7}', '"__proto__": {"polluted": true}']) {
      const input: unknown = JSON.parse(text.replace('{', `{${extra},`));
      const out = fast(input);
      expect(out).not.toBe(INVALID);
      expect(out).toEqual(JourneyMapSchema.parse(input));
      expect(Object.keys(out as object)).toEqual(
        Object.keys(JourneyMapSchema.parse(input) as object),
      );
    }
    // Stripping and loose objects outside the model behave as zod's do.
    const plain = { a: 'x', b: 1 };
    expect(buildFastParser(z.object({ a: z.string() }))(plain)).toEqual({ a: 'x' });
    expect(buildFastParser(z.looseObject({ a: z.string() }))(plain)).toEqual(plain);
  });

  test('a default list is a fresh copy each time, as zod gives it', () => {
    const parse = buildFastParser(z.object({ tags: z.array(z.string()).default([]) }));
    const first = parse({}) as { tags: string[] };
    const second = parse({}) as { tags: string[] };
    expect(first).toEqual({ tags: [] });
    expect(first.tags).not.toBe(second.tags);
  });

  test('it is the same parser whatever zod’s mode, so no module has to set that first', () => {
    z.config({ jitless: true });
    try {
      const jitless = buildFastParser(JourneyMapSchema);
      fc.assert(
        fc.property(spoiltDocArbitrary(1), (doc) => {
          expect(jitless(doc)).toEqual(fast(doc));
        }),
        { numRuns: 100 },
      );
    } finally {
      z.config({ jitless: false });
    }
  });

  test('a schema with constructs it does not know is refused when building', () => {
    expect(() => buildFastParser(z.object({ when: z.date() }))).toThrow(UnsupportedSchemaError);
    expect(() => buildFastParser(z.string().email())).toThrow(UnsupportedSchemaError);
    expect(() => buildFastParser(z.string().nullable())).toThrow(UnsupportedSchemaError);
    expect(() => buildFastParser(z.strictObject({ a: z.string() }))).toThrow(
      UnsupportedSchemaError,
    );
    expect(() => buildFastParser(z.number().multipleOf(5))).toThrow(UnsupportedSchemaError);
    expect(() => buildFastParser(z.string().regex(/a/).regex(/b/))).toThrow(UnsupportedSchemaError);
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
