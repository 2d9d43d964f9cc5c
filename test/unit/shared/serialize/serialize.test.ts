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
        order: 'a0',
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

  test('leaves out optional fields that are undefined', () => {
    const map = JourneyMapSchema.parse(templateDoc());
    const text = serializeMap({ ...map, nextReview: undefined } as JourneyMap);
    expect(text).not.toContain('nextReview');
  });

  test('writes fields of other tools after the known ones, in code-unit order, at every level', () => {
    const map = JourneyMapSchema.parse({
      ...templateDoc(),
      'x-b': 1,
      'x-a': { z: 1, a: 2 },
      cards: [
        {
          'x-crm-id': 'C-9',
          'X-upper': true,
          id: 'c',
          laneId: 'actions',
          stageId: 'awareness',
          text: 'T',
          order: 'a0',
        },
      ],
    });
    const parsed = JSON.parse(serializeMap(map)) as Record<string, unknown> & {
      cards: Record<string, unknown>[];
    };
    expect(Object.keys(parsed).slice(-3)).toEqual(['metricSources', 'x-a', 'x-b']);
    // Inside another tool's value its own key order is kept.
    expect(Object.keys(parsed['x-a'] as object)).toEqual(['z', 'a']);
    expect(Object.keys(parsed.cards[0] ?? {})).toEqual([
      'id',
      'laneId',
      'stageId',
      'order',
      'text',
      'X-upper',
      'x-crm-id',
    ]);
  });

  test('cards are listed cell by cell (lane order, then stage order), then by key, then by id', () => {
    const map = JourneyMapSchema.parse(templateDoc());
    const lanes = map.lanes.map((lane) => lane.id);
    const stages = map.stages.map((stage) => stage.id);
    const card = (id: string, lane: number, stage: number, order: string) => ({
      id,
      laneId: lanes[lane] as string,
      stageId: stages[stage] as string,
      text: id,
      order,
    });
    map.cards = [
      card('late', 1, 0, 'a0'),
      card('b', 0, 1, 'a1'),
      card('a', 0, 1, 'a1'),
      card('first', 0, 0, 'a5'),
      card('early', 0, 1, 'a0'),
    ];
    map.connectors = [
      { id: 'k2', from: 'a', to: 'b', kind: 'flow' },
      { id: 'k1', from: 'b', to: 'a', kind: 'flow' },
    ];
    map.notes = [
      { id: 'n2', x: 0, y: 0, text: '' },
      { id: 'n1', x: 0, y: 0, text: '' },
    ];
    const parsed = JSON.parse(serializeMap(map)) as JourneyMap;
    expect(parsed.cards.map((c) => c.id)).toEqual(['first', 'early', 'a', 'b', 'late']);
    expect(parsed.connectors.map((c) => c.id)).toEqual(['k1', 'k2']);
    expect(parsed.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    // The map itself is not reordered.
    expect(map.cards[0]?.id).toBe('late');
  });

  test('saving a loaded map that needed repairs writes the repaired map, which then stays put', () => {
    const result = loadMapValue({
      ...templateDoc(),
      cards: [{ id: 'a', laneId: 'actions', stageId: 'awareness', order: 4, text: 'A', score: 9 }],
    });
    if (!result.ok) throw new Error('expected the map to load');
    const text = serializeMap(result.map);
    expect(serializeMap(load(text))).toBe(text);
    expect(text).toContain('"order": "a0"');
    expect(text).toContain('"score": 2');
  });
});
