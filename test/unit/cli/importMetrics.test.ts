import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import { serializeMap } from '../../../shared/serialize';
import type { StageRef } from '../../../shared/import';
import { GA_STAGES, HUBSPOT_STAGES, RU_STAGES } from '../shared/import/helpers';
import { cli, STACK_TRACE, TEMPLATES_DIR, useTempDir } from './helpers';

const tempDir = useTempDir();
const FIXTURES = path.resolve('test/fixtures/import');

/** A map from the blank template with these stages, in canonical form, written to `dir`. */
function writeMap(dir: string, stages: readonly StageRef[], language = 'en'): string {
  const blank = JSON.parse(
    readFileSync(path.join(TEMPLATES_DIR, '10-blank.journey.json'), 'utf8'),
  ) as JourneyMap;
  const map: JourneyMap = { ...blank, language, stages: stages.map((s) => ({ ...s })) };
  const file = path.join(dir, 'map.journey.json');
  writeFileSync(file, serializeMap(map));
  return file;
}

function readMap(file: string): JourneyMap {
  const loaded = loadMap(readFileSync(file, 'utf8'));
  if (!loaded.ok) return expect.fail(loaded.errors.map((e) => e.message).join('\n'));
  expect(loaded.warnings).toEqual([]);
  return loaded.map;
}

/** `{ stage name: value }` of one metric on one date. */
function valuesOf(map: JourneyMap, metricName: string, date: string): Record<string, number> {
  const metric = map.metrics.find((m) => m.name === metricName);
  const names = new Map(map.stages.map((s) => [s.id, s.name]));
  return Object.fromEntries(
    map.measurements
      .filter((m) => m.metricId === metric?.id && m.date === date)
      .map((m) => [names.get(m.stageId), m.value]),
  );
}

describe('journey-studio import-metrics', () => {
  test('the Russian Excel export (cp1251, semicolons, decimal commas) lands as a dated snapshot', async () => {
    const dir = tempDir();
    const file = writeMap(dir, RU_STAGES, 'ru');
    copyFileSync(path.join(FIXTURES, 'ru-excel-1251.csv'), path.join(dir, 'воронка.csv'));
    const { code, stdout, stderr } = await cli(
      ['import-metrics', 'map.journey.json', 'воронка.csv'],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      'map.journey.json: imported 12 values from воронка.csv, dated 2026-03-31, of Посетители, Конверсия, Средний чек.',
    );
    expect(stdout).toContain('  new metric: Посетители (count)');
    expect(stdout).toContain('  new metric: Конверсия (percent)');
    expect(stdout).toContain('  stages without values in this table: "Рекомендация"');
    // Read as Windows-1251: said, so a user who sees wrong letters knows why.
    expect(stderr).toContain('воронка.csv: warning: The file is not UTF-8 text');
    const map = readMap(file);
    expect(valuesOf(map, 'Посетители', '2026-03-31')).toMatchObject({
      Осведомленность: 125400,
      Покупка: 3118,
    });
    expect(valuesOf(map, 'Конверсия', '2026-03-31')).toMatchObject({ Интерес: 38.4 });
    expect(map.metrics.find((m) => m.name === 'Средний чек')).toMatchObject({
      kind: 'currency',
      unit: 'р.',
    });
    expect(map.metricSources).toEqual([
      expect.objectContaining({
        name: 'воронка.csv',
        mapping: expect.objectContaining({ layout: 'wide', stageColumn: 'Этап' }),
      }),
    ]);
    // Written in canonical form: `format --check` has nothing to say.
    expect((await cli(['format', '--check', 'map.journey.json'], dir)).code).toBe(0);
  });

  test('a long table (stage, metric, value, date) with analytics comment lines', async () => {
    const dir = tempDir();
    const file = writeMap(dir, GA_STAGES);
    copyFileSync(path.join(FIXTURES, 'ga-funnel.tsv'), path.join(dir, 'funnel.tsv'));
    const { code, stdout } = await cli(['import-metrics', 'map.journey.json', 'funnel.tsv'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/dated 2025-12-31, 2026-03-31/);
    const map = readMap(file);
    expect(valuesOf(map, 'Active users', '2026-03-31')).toMatchObject({ Purchase: 2961 });
    expect(valuesOf(map, 'Active users', '2025-12-31')).toMatchObject({ Purchase: 2704 });
  });

  test('CRM deal records are counted per stage; unknown stages are warnings with their rows', async () => {
    const dir = tempDir();
    const file = writeMap(dir, HUBSPOT_STAGES);
    copyFileSync(path.join(FIXTURES, 'hubspot-deals.csv'), path.join(dir, 'deals.csv'));
    const { code, stdout, stderr } = await cli(
      ['import-metrics', 'map.journey.json', 'deals.csv', '--date', '2026-03-31'],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('dated 2026-03-31, of Count.');
    expect(stderr).toMatch(/deals\.csv: warning: .*"Closed lost" is not a stage of this map/);
    expect(valuesOf(readMap(file), 'Count', '2026-03-31')).toMatchObject({
      'Appointment scheduled': 9,
      'Qualified to buy': 8,
    });
  });

  test('a refresh with the remembered mapping adds a second snapshot and keeps the first', async () => {
    const dir = tempDir();
    const file = writeMap(dir, HUBSPOT_STAGES);
    const deals = path.join(dir, 'deals.csv');
    copyFileSync(path.join(FIXTURES, 'hubspot-deals.csv'), deals);
    // Counted cumulatively by a mapping file: the map remembers that choice.
    writeFileSync(
      path.join(dir, 'mapping.json'),
      JSON.stringify({
        layout: 'records',
        stageColumn: 'Deal Stage',
        metric: 'Deals',
        cumulative: true,
      }),
    );
    const first = await cli(
      [
        'import-metrics',
        'map.journey.json',
        'deals.csv',
        '--mapping',
        'mapping.json',
        '--date',
        '2026-03-31',
      ],
      dir,
    );
    expect(first.code).toBe(0);
    // Next quarter's export: two more deals qualified.
    const deal = (id: number) =>
      `${id},"Northwind — pilot",Qualified to buy,900.00,2026-05-02 10:00,2026-04-01 09:00,Anna Kowalska,Sales Pipeline\r\n`;
    appendFileSync(deals, deal(81239001) + deal(81239002));
    const second = await cli(
      ['import-metrics', 'map.journey.json', 'deals.csv', '--date', '2026-06-30'],
      dir,
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      'Using the column mapping map.journey.json remembers for deals.csv.',
    );
    const map = readMap(file);
    expect(map.metrics.map((m) => m.name)).toEqual(['Deals']);
    const march = valuesOf(map, 'Deals', '2026-03-31');
    const june = valuesOf(map, 'Deals', '2026-06-30');
    expect(march['Appointment scheduled']).toBe(28);
    expect(june['Appointment scheduled']).toBe(30);
    expect(june['Qualified to buy']).toBe((march['Qualified to buy'] ?? 0) + 2);
    expect(map.metricSources).toHaveLength(1);
    expect(map.metricSources[0]?.imported).toBe('2026-06-30');
  });

  test('a remembered mapping the new export no longer fits: said, the missing column named, exit 1', async () => {
    const dir = tempDir();
    const file = writeMap(dir, GA_STAGES);
    writeFileSync(path.join(dir, 'kpi.csv'), 'Stage,Visitors\nAwareness,1200\n');
    expect((await cli(['import-metrics', 'map.journey.json', 'kpi.csv'], dir)).code).toBe(0);
    const before = readFileSync(file, 'utf8');
    writeFileSync(path.join(dir, 'kpi.csv'), 'Step,Users\nAwareness,1300\n');
    const { code, stdout, stderr } = await cli(
      ['import-metrics', 'map.journey.json', 'kpi.csv'],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('Using the column mapping map.journey.json remembers for kpi.csv.\n');
    expect(stderr).toMatch(
      /kpi\.csv: The column mapping names the column "?Stage"?, which this file does not have/,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test('importing the same date again replaces the values and says how many', async () => {
    const dir = tempDir();
    const file = writeMap(dir, GA_STAGES);
    writeFileSync(path.join(dir, 'nps.csv'), 'Stage,NPS\nAwareness,31\nPurchase,44\n');
    await cli(['import-metrics', 'map.journey.json', 'nps.csv', '--date', '2026-03-31'], dir);
    writeFileSync(path.join(dir, 'nps.csv'), 'Stage,NPS\nAwareness,35\nPurchase,44\n');
    const { code, stdout } = await cli(
      ['import-metrics', 'map.journey.json', 'nps.csv', '--date', '2026-03-31'],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('  2 values replace ones imported earlier for the same date.');
    const map = readMap(file);
    expect(map.metrics).toEqual([expect.objectContaining({ name: 'NPS', kind: 'score' })]);
    expect(map.measurements).toHaveLength(2);
    expect(valuesOf(map, 'NPS', '2026-03-31')).toEqual({ Awareness: 35, Purchase: 44 });
  });

  describe('bad data: the row and column named, exit 1, the map untouched', () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      [
        'text in a number column',
        'Stage,Visitors\nAwareness,1200\nPurchase,n/a\n',
        /data\.csv: Row 3, column B \(Visitors\): expected a number, got "?n\/a"?/,
      ],
      ['an empty file', '', /data\.csv: The file is empty\./],
      [
        'a binary file',
        new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]),
        /data\.csv: This is not a table: it looks like binary data\./,
      ],
      [
        'no column names the stages',
        'Region,Visitors\nNorth,1200\n',
        /data\.csv: No column holds the names of the map's stages \("Awareness", /,
      ],
    ];
    test.each(cases)('%s', async (_name, content, message) => {
      const dir = tempDir();
      const file = writeMap(dir, GA_STAGES);
      const before = readFileSync(file, 'utf8');
      writeFileSync(path.join(dir, 'data.csv'), content);
      const { code, stdout, stderr } = await cli(
        ['import-metrics', 'map.journey.json', 'data.csv', '--date', '2026-03-31'],
        dir,
      );
      expect([code, stdout]).toEqual([1, '']);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(STACK_TRACE);
      expect(readFileSync(file, 'utf8')).toBe(before);
    });

    test('a mapping under which no row names a stage of the map imports nothing', async () => {
      const dir = tempDir();
      const file = writeMap(dir, GA_STAGES);
      const before = readFileSync(file, 'utf8');
      writeFileSync(path.join(dir, 'data.csv'), 'Stage,Visitors\nElsewhere,1200\n');
      writeFileSync(
        path.join(dir, 'm.json'),
        JSON.stringify({ layout: 'wide', stageColumn: 'Stage', metricColumns: ['Visitors'] }),
      );
      const { code, stderr } = await cli(
        ['import-metrics', 'map.journey.json', 'data.csv', '--mapping', 'm.json'],
        dir,
      );
      expect(code).toBe(1);
      expect(stderr).toMatch(/data\.csv: warning: Row 2.*"Elsewhere" is not a stage of this map/);
      expect(stderr).toMatch(/data\.csv: no values to import/);
      expect(readFileSync(file, 'utf8')).toBe(before);
    });

    test('a file over 50 MB is refused before it is read', async () => {
      const dir = tempDir();
      const file = writeMap(dir, GA_STAGES);
      const before = readFileSync(file, 'utf8');
      const row = 'Awareness,1200\n';
      writeFileSync(
        path.join(dir, 'huge.csv'),
        'Stage,Visitors\n' + row.repeat(Math.ceil((51 * 1024 * 1024) / row.length)),
      );
      const { code, stderr } = await cli(['import-metrics', 'map.journey.json', 'huge.csv'], dir);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /huge\.csv: The file is 51(\.\d)? MB; Journey Studio imports tables up to 50 MB\./,
      );
      expect(readFileSync(file, 'utf8')).toBe(before);
    });
  });

  describe('usage and unreadable files: exit 2, the map untouched', () => {
    test.each([
      ['one file only', ['map.journey.json'], /name two files/],
      [
        'a date that is not one',
        ['map.journey.json', 'data.csv', '--date', '2026-02-30'],
        /“2026-02-30” is not a date/,
      ],
      [
        'a missing data file',
        ['map.journey.json', 'missing.csv'],
        /missing\.csv: cannot read the file: no such file or folder/,
      ],
      [
        'a missing map',
        ['nothing.journey.json', 'data.csv'],
        /nothing\.journey\.json: cannot read the file/,
      ],
      [
        'a mapping file that is not JSON',
        ['map.journey.json', 'data.csv', '--mapping', 'bad.json'],
        /bad\.json: the column mapping is not JSON/,
      ],
      [
        'a mapping file with a wrong field',
        ['map.journey.json', 'data.csv', '--mapping', 'wrong.json'],
        /wrong\.json: the column mapping is not valid at metricColumns: /,
      ],
    ])('%s', async (_name, args, message) => {
      const dir = tempDir();
      const file = writeMap(dir, GA_STAGES);
      const before = readFileSync(file, 'utf8');
      writeFileSync(path.join(dir, 'data.csv'), 'Stage,Visitors\nAwareness,1200\n');
      writeFileSync(path.join(dir, 'bad.json'), '{ layout: wide');
      writeFileSync(
        path.join(dir, 'wrong.json'),
        JSON.stringify({ layout: 'wide', stageColumn: 'Stage', metricColumns: [] }),
      );
      const { code, stderr } = await cli(['import-metrics', ...args], dir);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(readFileSync(file, 'utf8')).toBe(before);
    });
  });

  test('is listed in --help with its flags', async () => {
    const { stdout } = await cli(['--help'], tempDir());
    expect(stdout).toContain('import-metrics MAP DATA [--date YYYY-MM-DD] [--mapping FILE]');
  });
});
