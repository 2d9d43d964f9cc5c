import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadMap, loadMapValue } from '../../../../shared/load';
import {
  CardSchema,
  JourneyMapSchema,
  SCHEMA_URL,
  type JourneyMap,
} from '../../../../shared/model';
import { serializeMap } from '../../../../shared/serialize';
import { mapArbitrary } from '../arbitraries';
import { templateDoc } from '../load/badInputCases';

function load(text: string): JourneyMap {
  const result = loadMap(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.warnings).toEqual([]);
  return result.map;
}

describe('the serialiser', () => {
  test('any valid map survives serialise → load → serialise byte for byte', () => {
    fc.assert(
      fc.property(mapArbitrary(), (map) => {
        const text = serializeMap(map);
        expect(serializeMap(load(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  test('writes keys in the schema’s order at every level, whatever order the object has', () => {
    const map = load(serializeMap(JourneyMapSchema.parse(templateDoc())));
    const shuffled = Object.fromEntries(Object.entries(map).reverse()) as JourneyMap;
    shuffled.cards = [
      {
        text: 'x',
        order: 0,
        metric: { target: '5', value: '3' },
        stageId: 'awareness',
        laneId: 'actions',
        id: 'c',
      },
    ];
    const text = serializeMap(shuffled);
    const parsed = JSON.parse(text) as Record<string, unknown> & {
      cards: Record<string, unknown>[];
    };
    expect(Object.keys(parsed)).toEqual(
      Object.keys(JourneyMapSchema.shape).filter((key) => key in parsed),
    );
    expect(Object.keys(parsed.cards[0] ?? {})).toEqual([
      'id',
      'laneId',
      'stageId',
      'order',
      'text',
      'metric',
    ]);
    expect(Object.keys(parsed.cards[0]?.metric as object)).toEqual(['value', 'target']);
    expect(Object.keys(CardSchema.shape).slice(0, 5)).toEqual([
      'id',
      'laneId',
      'stageId',
      'order',
      'text',
    ]);
  });

  test('2-space indent, LF line ends, one final newline, $schema first', () => {
    const text = serializeMap(JourneyMapSchema.parse(templateDoc()));
    expect(text.startsWith(`{\n  "$schema": "${SCHEMA_URL}",\n  "format": "journey-map",\n`)).toBe(
      true,
    );
    expect(text).not.toContain('\r');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  test('leaves out optional fields that are undefined and fields the format does not know', () => {
    const map = JourneyMapSchema.parse(templateDoc());
    const text = serializeMap({ ...map, nextReview: undefined, zoom: 3 } as JourneyMap);
    expect(text).not.toContain('nextReview');
    expect(text).not.toContain('zoom');
  });

  test('saving a loaded map that needed repairs writes the repaired map, which then stays put', () => {
    const result = loadMapValue({
      ...templateDoc(),
      cards: [{ id: 'a', laneId: 'actions', stageId: 'awareness', order: 4, text: 'A', score: 9 }],
    });
    if (!result.ok) throw new Error('expected the map to load');
    const text = serializeMap(result.map);
    expect(serializeMap(load(text))).toBe(text);
    expect(text).toContain('"order": 0');
    expect(text).toContain('"score": 2');
  });
});
