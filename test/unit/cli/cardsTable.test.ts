import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { cardRows } from '../../../shared/cardsTable';
import { loadMap } from '../../../shared/load';
import { cli, useTempDir } from './helpers';

const tempDir = useTempDir();
/** Cards in Ukrainian, Polish and Persian with scores, severities, priorities and votes. */
const FIXTURES = path.resolve('test/fixtures/export');
const TEMPLATE = path.join(FIXTURES, 'scripts.journey.json');

/**
 * The cards as rows, in a fixed order: a new map puts its lanes in the order the rows first
 * name them, which may differ from the original's.
 */
function cardsOf(map: ReturnType<typeof mapIn>): string[] {
  return cardRows(map)
    .map((row) => JSON.stringify(row))
    .sort();
}

function mapIn(dir: string, name: string) {
  const loaded = loadMap(readFileSync(path.join(dir, name), 'utf8'));
  if (!loaded.ok) expect.fail(loaded.errors[0]?.message);
  return loaded.map;
}

describe('journey-studio export --format csv|xlsx and import FILE.csv|FILE.xlsx', () => {
  test('a map → CSV → a new map with the same cards, stages, lanes and kinds', async () => {
    const dir = tempDir();
    const exported = await cli(['export', TEMPLATE, '--format', 'csv', '--out', 'cards.csv'], dir);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Wrote cards\.csv \(CSV, \d+ KB\)\.\n$/);
    const bytes = readFileSync(path.join(dir, 'cards.csv'));
    // UTF-8 with a byte-order mark, so that Excel reads it as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8', 3)).toMatch(/^stage,lane,laneKind,text,/);

    const imported = await cli(['import', 'cards.csv', '--out', 'back.journey.json'], dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Created back\.journey\.json from cards\.csv: \d+ stages/);
    const original = mapIn(FIXTURES, 'scripts.journey.json');
    const back = mapIn(dir, 'back.journey.json');
    expect(back.title).toBe('cards');
    expect(cardsOf(back)).toEqual(cardsOf(original));
    expect(back.stages.map((s) => s.name)).toEqual(original.stages.map((s) => s.name));
  });

  test('OUT.xlsx asks for a workbook whose cells Excel reads; it imports back too', async () => {
    const dir = tempDir();
    expect((await cli(['export', TEMPLATE, '--out', 'cards.xlsx'], dir)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'cards.xlsx'));
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('stage');
    expect(sheet?.rowCount).toBe(mapIn(FIXTURES, 'scripts.journey.json').cards.length + 1);

    const imported = await cli(['import', 'cards.xlsx', '--out', 'back.journey.json'], dir);
    expect(imported.code).toBe(0);
    expect(cardsOf(mapIn(dir, 'back.journey.json'))).toEqual(
      cardsOf(mapIn(FIXTURES, 'scripts.journey.json')),
    );
  });

  test('a bad row: exit 1, the row and column named, nothing written', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'ideas.csv'),
      'stage;lane;text;votes\r\nVisit;Ideas;Chat;2\r\nBuy;Ideas;Video;lots\r\n',
    );
    const { code, stderr } = await cli(['import', 'ideas.csv', '--out', 'x.journey.json'], dir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'ideas.csv: Row 3, column D (votes): expected a whole number of votes (0 or more), got lots.\n',
    );
    expect(readdirSync(dir)).toEqual(['ideas.csv']);
  });

  test('an empty or binary file: exit 1 with the reason; a missing one names the file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.csv'), '');
    writeFileSync(path.join(dir, 'image.xlsx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const empty = await cli(['import', 'empty.csv', '--out', 'x.journey.json'], dir);
    expect(empty).toMatchObject({ code: 1, stderr: 'empty.csv: The file is empty.\n' });
    const image = await cli(['import', 'image.xlsx', '--out', 'x.journey.json'], dir);
    expect(image.code).toBe(1);
    expect(image.stderr).toMatch(/^image\.xlsx: This is not a table: it looks like binary data/);
    const missing = await cli(['import', 'none.csv', '--out', 'x.journey.json'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^none\.csv: /);
    expect(readdirSync(dir).sort()).toEqual(['empty.csv', 'image.xlsx']);
  });

  test('unknown columns are left out with a warning naming them', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'w.csv'), 'stage,lane,text,owner\nVisit,Ideas,Chat,Ann\n');
    const { code, stderr } = await cli(['import', 'w.csv', '--out', 'w.journey.json'], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^w\.csv: warning: Row 1, column D \(owner\): this column names no card field/,
    );
  });
});
