import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { convertWithLibreOffice, libreOfficeAvailable } from '../../helpers/libreOffice';
import { readCsvBytes, readTable, writeCsvBytes } from '../../../../shared/import';

/**
 * What a person sees: LibreOffice Calc opens the exported CSV and keeps formula-like texts as
 * text. LibreOffice (Debian's libreoffice-calc) is big and optional; without it these tests
 * are skipped with the reason logged.
 */
const available = libreOfficeAvailable;
if (!available) {
  console.log('LibreOffice tests skipped: no `soffice` on PATH (apt-get install libreoffice-calc)');
}

const dir = mkdtempSync(join(tmpdir(), 'journey-import-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Semicolon-separated, quotes `"`, UTF-8 (76), from line 1. */
const CSV_FILTER = 'CSV:59,34,76,1';

function convert(file: string, to: 'xlsx' | 'csv', outDir: string): string {
  const target = to === 'csv' ? `csv:Text - txt - csv (StarCalc):59,34,76,1` : 'xlsx';
  const [result] = convertWithLibreOffice([file], {
    to: target,
    infilter: CSV_FILTER,
    workDir: dir,
    outDir,
  });
  return result as string;
}

const TEXTS = ['=1+2', '+7 999', '-5', '@SUM(A1)', '=HYPERLINK("http://example.com";"x")'];

describe.skipIf(!available)('LibreOffice Calc opens the exported CSV', () => {
  test('formula-like texts stay text; the same text written raw would run as a formula', async () => {
    const ours = writeCsvBytes([['Текст', 'Число'], ...TEXTS.map((text, i) => [text, i + 0.5])], {
      delimiter: ';',
      decimalMark: '.',
    });
    const file = join(dir, 'ours.csv');
    writeFileSync(file, ours);
    writeFileSync(join(dir, 'raw.csv'), '\ufeffТекст;Число\r\n=1+2;1\r\n');

    const opened = await readTable(
      new Uint8Array(readFileSync(convert(file, 'xlsx', dir))),
      'ours.xlsx',
    );
    if (!opened.ok) expect.fail(opened.problems[0]?.message);
    // Calc keeps each one as the text written, apostrophe and all: nothing computed.
    expect(opened.table.rows.map((r) => r.cells[0])).toEqual(TEXTS.map((t) => `'${t}`));
    expect(opened.table.rows.map((r) => r.cells[1])).toEqual([0.5, 1.5, 2.5, 3.5, 4.5]);

    // The control: the unescaped text is computed to 3, which is what the escape prevents.
    const raw = await readTable(
      new Uint8Array(readFileSync(convert(join(dir, 'raw.csv'), 'xlsx', dir))),
      'raw.xlsx',
    );
    if (!raw.ok) expect.fail(raw.problems[0]?.message);
    expect(raw.table.rows[0]?.cells[0]).toBe(3);
  }, 120_000);

  test('saved again as CSV by Calc, the texts still import unchanged', () => {
    const file = join(dir, 'resave.csv');
    writeFileSync(
      file,
      writeCsvBytes([['Текст'], ...TEXTS.map((t) => [t])], { delimiter: ';', decimalMark: ',' }),
    );
    const outDir = mkdtempSync(join(dir, 'out-'));
    const read = readCsvBytes(
      new Uint8Array(readFileSync(convert(file, 'csv', outDir))),
      'resave.csv',
    );
    if (!read.ok) expect.fail(read.problems[0]?.message);
    expect(read.table.rows.map((r) => r.cells[0])).toEqual(TEXTS);
  }, 120_000);
});
