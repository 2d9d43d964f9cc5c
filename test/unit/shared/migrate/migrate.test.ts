import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../../shared/load';
import {
  MIGRATIONS,
  OLDEST_VERSION,
  migrateToCurrent,
  type LooseDoc,
} from '../../../../shared/migrate';
import { CURRENT_VERSION } from '../../../../shared/model';
import { serializeMap } from '../../../../shared/serialize';

const fixture = (version: number) => `test/fixtures/migrate/v${version}.journey.json`;
const expected = (version: number) => `test/fixtures/migrate/v${version}.expected.journey.json`;

describe('migrations', () => {
  test('count up by one, from the oldest readable version to the current one', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual(
      Array.from({ length: CURRENT_VERSION - OLDEST_VERSION }, (_, i) => OLDEST_VERSION + 1 + i),
    );
  });

  test('every older version has a fixture, and together the fixtures run every step', () => {
    const ran = new Set<number>();
    for (let version = OLDEST_VERSION; version < CURRENT_VERSION; version++) {
      expect(existsSync(fixture(version)), fixture(version)).toBe(true);
      const doc = JSON.parse(readFileSync(fixture(version), 'utf8')) as LooseDoc;
      for (const step of migrateToCurrent(doc, version).applied) ran.add(step);
    }
    expect([...ran].sort()).toEqual(MIGRATIONS.map((step) => step.version));
  });

  test.each(Array.from({ length: CURRENT_VERSION - OLDEST_VERSION }, (_, i) => OLDEST_VERSION + i))(
    'a version %i file loads as the current version, as its expected file says',
    (version) => {
      const result = loadMap(readFileSync(fixture(version), 'utf8'));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.warnings.map((w) => w.message)).toEqual([
        `The file uses the older format version ${version}; it was upgraded to version ${CURRENT_VERSION}, which saving writes.`,
      ]);
      expect(serializeMap(result.map)).toBe(readFileSync(expected(version), 'utf8'));
    },
  );

  test('the prototype format: moods 1…5 become scores −2…+2, file order becomes card order', () => {
    const result = loadMap(readFileSync(fixture(0), 'utf8'));
    if (!result.ok) throw new Error('expected the v0 fixture to load');
    const { map } = result;
    expect(map.title).toBe('Opening a bank account (prototype)');
    expect(map.mapType).toBe('currentState');
    expect(map.personas[0]).toMatchObject({
      id: 'persona-1',
      name: 'Olena',
      pains: ['Branch visits', 'Paper forms'],
    });
    expect(map.lanes.map((lane) => lane.kind)).toEqual([
      'actions',
      'touchpoints',
      'emotions',
      'painPoints',
      'opportunities',
    ]);
    expect(map.cards.filter((card) => card.laneId === 'feel').map((card) => card.score)).toEqual([
      1, -2, 2,
    ]);
    expect(
      map.cards
        .filter((card) => card.stageId === 'discover' && card.laneId === 'doing')
        .map((card) => card.order),
    ).toEqual(['a0', 'a1']);
    expect(map.connectors.map((c) => [c.id, c.from, c.to])).toEqual([
      ['link-1', 'i1', 'i3'],
      ['link-2', 'i3', 'i5'],
    ]);
  });

  test('version 1: integer order becomes order keys in the same order, cell by cell', () => {
    const result = loadMap(readFileSync(fixture(1), 'utf8'));
    if (!result.ok) throw new Error('expected the v1 fixture to load');
    const cell = (laneId: string, stageId: string): string[] =>
      result.map.cards
        .filter((card) => card.laneId === laneId && card.stageId === stageId)
        .sort((a, b) => (a.order < b.order ? -1 : 1))
        .map((card) => `${card.id}:${card.order}`);
    // Numbers 0, 1, 2, 7 (listed in the file as 2, 1, 0, 7): keys follow the numbers.
    expect(cell('actions', 'awareness')).toEqual(['c1:a0', 'c12:a1', 'c11:a2', 'c13:a3']);
    // Two cards both numbered 0: the file's order decides, as version 1 did.
    expect(cell('thoughts', 'consideration')).toEqual(['c3:a0', 'c14:a1']);
  });

  test('a prototype file with wrong values is reported by the validation after migration', () => {
    const doc = JSON.parse(readFileSync(fixture(0), 'utf8')) as LooseDoc;
    const result = loadMap(
      JSON.stringify({ ...doc, columns: 'none', rows: [{ id: 'r', label: 'R', type: 'weird' }] }),
    );
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'stages: expected a list, got text',
      expect.stringMatching(/^lanes\[0\]\.kind: expected one of "actions", .*, got "weird"$/),
    ]);
  });

  test('migrations do not change the document they are given', () => {
    const doc = JSON.parse(readFileSync(fixture(0), 'utf8')) as LooseDoc;
    const before = structuredClone(doc);
    migrateToCurrent(doc, 0);
    expect(doc).toEqual(before);
  });
});
