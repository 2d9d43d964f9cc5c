import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { convertWithLibreOffice, libreOfficeAvailable } from '../../helpers/libreOffice';
import { cardsToCsv, readCardsTable } from '../../../../shared/cardsTable';
import { readTable } from '../../../../shared/import';
import { loadMapValue } from '../../../../shared/load';
import { CURRENT_VERSION, FORMAT } from '../../../../shared/model';

/**
 * What a person sees: LibreOffice Calc opens the cards CSV that File > Export writes and keeps
 * its formula-like texts as text. Skipped (with the reason logged) without `soffice`, as in
 * `test/unit/shared/import/libreOffice.test.ts`, whose pattern this follows.
 */
const available = libreOfficeAvailable;
if (!available) {
  console.log('LibreOffice tests skipped: no `soffice` on PATH (apt-get install libreoffice-calc)');
}

const dir = mkdtempSync(join(tmpdir(), 'journey-cards-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Comma-separated (44), quotes `"` (34), UTF-8 (76), from line 1: our export's dialect. */
const CSV_FILTER = 'CSV:44,34,76,1';

function convert(file: string, to: 'xlsx' | 'csv', outDir: string): string {
  const target = to === 'csv' ? `csv:Text - txt - csv (StarCalc):44,34,76,1` : 'xlsx';
  const [result] = convertWithLibreOffice([file], {
    to: target,
    infilter: CSV_FILTER,
    workDir: dir,
    outDir,
  });
  return result as string;
}

const TEXTS = ['=1+2', '+7 999', '-5', '@SUM(A1)', "'=1+2", 'Звичайний текст'];

function exportedCsv(): string {
  const loaded = loadMapValue({
    format: FORMAT,
    version: CURRENT_VERSION,
    title: 'Formulas',
    stages: [{ id: 's', name: 'Оплата' }],
    lanes: [{ id: 'l', name: 'Ideas', kind: 'opportunities' }],
    cards: TEXTS.map((text, i) => ({ id: `c${i}`, laneId: 'l', stageId: 's', text, votes: i })),
  });
  if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
  const file = join(dir, 'cards.csv');
  writeFileSync(file, cardsToCsv(loaded.map));
  return file;
}

describe.skipIf(!available)('LibreOffice Calc opens the cards CSV', () => {
  test('=1+2 and the other formula-like texts are cells of text, not computed', async () => {
    const opened = await readTable(
      new Uint8Array(readFileSync(convert(exportedCsv(), 'xlsx', dir))),
      'cards.xlsx',
    );
    if (!opened.ok) expect.fail(opened.problems[0]?.message);
    const column = (name: string) => opened.table.headers.indexOf(name);
    const texts = opened.table.rows.map((r) => r.cells[column('text')]);
    // Calc keeps the apostrophe of the escape in the cell's text (Excel hides it): a text, so
    // nothing is computed; unescaped, `=1+2` would be the number 3.
    expect(texts).toEqual(TEXTS.map((text) => (/^'*[=+\-@]/.test(text) ? `'${text}` : text)));
    expect(opened.table.rows.map((r) => r.cells[column('stage')])).toEqual(
      TEXTS.map(() => 'Оплата'),
    );
    expect(opened.table.rows.map((r) => r.cells[column('votes')])).toEqual([0, 1, 2, 3, 4, 5]);
  }, 120_000);

  test('saved again as CSV by Calc, the cards import with their texts unchanged', async () => {
    const outDir = mkdtempSync(join(dir, 'out-'));
    const resaved = convert(exportedCsv(), 'csv', outDir);
    const read = await readCardsTable(new Uint8Array(readFileSync(resaved)), 'cards.csv');
    if (!read.ok) expect.fail(read.problems[0]?.message);
    expect(read.rows.map((r) => r.text)).toEqual(TEXTS);
    expect(read.rows.map((r) => r.votes)).toEqual([0, 1, 2, 3, 4, 5]);
  }, 120_000);
});
