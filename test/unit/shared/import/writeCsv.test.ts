import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  importMetrics,
  readCsvBytes,
  writeCsv,
  writeCsvBytes,
  type CsvWriteOptions,
  type ImportedValue,
} from '../../../../shared/import';
import type { StageRef } from '../../../../shared/import/stageMatch';

const FORMULA_LIKE = [
  '=1+2',
  '+7 999',
  '-5',
  '@SUM(A1)',
  '\tx',
  '\r=cmd',
  "'=1+2",
  "''@x",
  "'plain",
  '=HYPERLINK("http://x")',
];
const OPTIONS: CsvWriteOptions[] = [
  { delimiter: ',', decimalMark: '.' },
  { delimiter: ';', decimalMark: ',' },
  { delimiter: ',', decimalMark: ',' },
  { delimiter: ';', decimalMark: '.' },
  { delimiter: '\t', decimalMark: ',' },
];

function withoutControls(text: string, keep: string): string {
  return [...text].filter((char) => keep.includes(char) || !/\p{Cc}/u.test(char)).join('');
}

function readBack(bytes: Uint8Array) {
  const read = readCsvBytes(bytes, 'export.csv');
  if (!read.ok) expect.fail(read.problems.map((p) => p.message).join('\n'));
  return read.table;
}

describe('writing CSV', () => {
  test('UTF-8 with a byte-order mark and CRLF, so Excel opens Cyrillic as Cyrillic', () => {
    const bytes = writeCsvBytes(
      [
        ['Этап', 'Значение'],
        ['Покупка', 2.5],
      ],
      { delimiter: ';', decimalMark: ',' },
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Этап;Значение\r\nПокупка;2,5\r\n');
  });

  test('a decimal comma in a comma-separated file is quoted', () => {
    expect(writeCsv([['a', 1.5]], { delimiter: ',', decimalMark: ',' })).toBe('a,"1,5"\r\n');
  });

  test('texts a spreadsheet would run as formulas are written with a leading apostrophe', () => {
    const csv = writeCsv([['=1+2', '+7 999', '-5', '@SUM(A1)', 'plain', -5]], {
      delimiter: ';',
      decimalMark: ',',
    });
    expect(csv).toBe("'=1+2;'+7 999;'-5;'@SUM(A1);plain;-5\r\n");
  });

  test.each(OPTIONS)('formula-like texts read back unchanged (%o)', (options) => {
    const table = readBack(
      writeCsvBytes([['Text', 'Other'], ...FORMULA_LIKE.map((t) => [t, 'x'])], options),
    );
    expect(table.rows.map((r) => r.cells[0])).toEqual(FORMULA_LIKE);
  });

  test('any texts read back as written (property)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(...FORMULA_LIKE),
    );
    // Tab, CR and LF stay (they are what quoting is for); other control characters are not text.
    const printable = cell.map((s) => withoutControls(s, '\t\r\n'));
    const row = fc
      .tuple(printable, printable, printable)
      .filter((cells) => cells.some((c) => c.trim() !== ''));
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...OPTIONS),
        (rows, options) => {
          const table = readBack(writeCsvBytes([['A', 'B', 'C'], ...rows], options));
          expect(table.rows.map((r) => r.cells)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a metrics table written to CSV imports back to the same values (property)', () => {
  const STAGES: StageRef[] = ['Осведомлённость', 'Świadomość', 'آگاهی', 'Purchase', '=Stage'].map(
    (name, i) => ({ id: `s${i}`, name }),
  );
  const value = fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((n) => (Object.is(n, -0) ? 0 : n));
  const metric = fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      fc.constantFrom(...FORMULA_LIKE),
    )
    .map((s) => withoutControls(s, '').trim())
    .filter((s) => s !== '');
  const date = fc.option(
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: undefined },
  );
  const measurement = fc.record({ stage: fc.constantFrom(...STAGES), metric, value, date });
  const table = fc.uniqueArray(measurement, {
    minLength: 1,
    maxLength: 15,
    selector: (m) => JSON.stringify([m.stage.id, m.metric.toLowerCase(), m.date ?? '']),
  });

  test('both delimiters and both decimal marks', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...OPTIONS), (rows, options) => {
        const csv = writeCsvBytes(
          [
            ['Stage', 'Metric', 'Value', 'Date'],
            ...rows.map((m) => [m.stage.name, m.metric, m.value, m.date ?? null]),
          ],
          options,
        );
        const outcome = importMetrics(readBack(csv), STAGES, {
          mapping: {
            layout: 'long',
            stageColumn: 'Stage',
            metricColumn: 'Metric',
            valueColumn: 'Value',
            dateColumn: 'Date',
            decimalMark: options.decimalMark,
          },
        });
        if (!outcome.ok) expect.fail(outcome.problems.map((p) => p.message).join('\n'));
        const expected: ImportedValue[] = rows.map((m) => ({
          stageId: m.stage.id,
          metric: m.metric,
          value: m.value,
          ...(m.date ? { date: m.date } : {}),
        }));
        expect(outcome.result.measurements).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
