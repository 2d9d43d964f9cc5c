import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadMap, loadMapValue, type LoadResult } from '../../../../shared/load';
import { isOrderKey, JourneyMapSchema, type JourneyMap } from '../../../../shared/model';
import { serializeMap } from '../../../../shared/serialize';
import { mapArbitrary, messyDocArbitrary } from '../arbitraries';

/** What every loaded map must be: valid, ids unique, references resolved, order keys valid and distinct per cell. */
function expectConsistent(map: JourneyMap): void {
  expect(JourneyMapSchema.safeParse(map).success).toBe(true);
  for (const list of [map.personas, map.stages, map.lanes, map.cards, map.connectors, map.notes]) {
    const ids = list.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
  const ids = (list: { id: string }[]) => new Set(list.map((record) => record.id));
  const lanes = ids(map.lanes);
  const stages = ids(map.stages);
  const personas = ids(map.personas);
  const cards = ids(map.cards);
  const cells = new Map<string, string[]>();
  for (const card of map.cards) {
    expect(lanes.has(card.laneId) && stages.has(card.stageId)).toBe(true);
    if (card.personaId !== undefined) expect(personas.has(card.personaId)).toBe(true);
    const key = `${card.laneId}\u0000${card.stageId}`;
    cells.set(key, [...(cells.get(key) ?? []), card.order]);
  }
  for (const orders of cells.values()) {
    expect(orders.every(isOrderKey)).toBe(true);
    expect(new Set(orders).size).toBe(orders.length);
  }
  for (const connector of map.connectors) {
    expect(cards.has(connector.from) && cards.has(connector.to)).toBe(true);
  }
}

function mustLoad(result: LoadResult): JourneyMap {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

describe('the loader never throws', () => {
  test('for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const result = loadMap(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  test('for any value, JSON or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything({
            withMap: true,
            withSet: true,
            withBigInt: true,
            withDate: true,
            withTypedArray: true,
            withNullPrototype: true,
          }),
        ),
        (value) => {
          expect(typeof loadMapValue(value).ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  test('for a valid file cut, spliced or with one character changed', () => {
    fc.assert(
      fc.property(
        mapArbitrary(),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 3 }),
        (map, a, b, insert) => {
          const text = serializeMap(map);
          const from = a % (text.length + 1);
          const to = from + (b % 5);
          const result = loadMap(text.slice(0, from) + insert + text.slice(to));
          if (result.ok) expectConsistent(result.map);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('what loads is a consistent map', () => {
  test('every repair leaves a valid map that loads again without warnings', () => {
    fc.assert(
      fc.property(messyDocArbitrary, (doc) => {
        const result = loadMapValue(doc);
        if (!result.ok) return;
        expectConsistent(result.map);
        const text = serializeMap(result.map);
        const again = loadMap(text);
        expect(again.ok && again.warnings).toEqual([]);
        expect(serializeMap(mustLoad(again))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test('messy documents do load (the generator exercises the repairs, not the refusals)', () => {
    const samples = fc.sample(messyDocArbitrary, { numRuns: 200, seed: 42 });
    const loadedCount = samples.filter((doc) => loadMapValue(doc).ok).length;
    expect(loadedCount).toBeGreaterThan(150);
  });
});
