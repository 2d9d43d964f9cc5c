import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_BYTES, readTable } from '../../../../shared/import';
import { fixture, tableOf, text } from './helpers';

async function problemsOf(bytes: Uint8Array, name = 'data.csv') {
  const read = await readTable(bytes, name);
  if (read.ok) expect.fail('expected the file to be refused');
  return read.problems;
}

describe('reading CSV and TSV', () => {
  test('a Russian Excel CSV (windows-1251, semicolons, # comments) reads with its Cyrillic intact', async () => {
    const read = await readTable(fixture('ru-excel-1251.csv'), 'воронка.csv', { language: 'ru' });
    if (!read.ok) expect.fail(read.problems[0]?.message);
    expect(read.table).toMatchObject({ delimiter: ';', encoding: 'windows-1251', headerRow: 3 });
    expect(read.table.headers).toEqual(['Этап', 'Посетители', 'Конверсия', 'Средний чек', 'Дата']);
    // Rows keep the numbers a spreadsheet shows: two comment lines and the header come first.
    expect(read.table.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8]);
    expect(read.table.rows[0]?.cells[0]).toBe('Осведомлённость');
    expect(read.warnings.map((w) => w.code)).toEqual(['legacyEncoding']);
    expect(read.warnings[0]?.message).toContain('windows-1251');
  });

  test('a Polish Excel CSV (windows-1250) reads its diacritics', async () => {
    const table = await tableOf(fixture('pl-excel-1250.csv'), 'lejek.csv', 'pl');
    expect(table.encoding).toBe('windows-1250');
    expect(table.headers).toEqual(['Etap', 'Wskaźnik', 'Wartość', 'Data']);
    expect(table.rows[1]?.cells.slice(0, 3)).toEqual([
      'Świadomość',
      'Współczynnik odrzuceń',
      '42,5%',
    ]);
  });

  test('the same bytes without a language hint are read as windows-1252 and say so', async () => {
    const read = await readTable(fixture('pl-excel-1250.csv'), 'lejek.csv');
    if (!read.ok) expect.fail();
    expect(read.table.encoding).toBe('windows-1252');
    expect(read.warnings[0]?.code).toBe('legacyEncoding');
  });

  test('UTF-8 with a BOM: quoted fields with the delimiter, a line break and quotes inside', async () => {
    const table = await tableOf(fixture('amocrm-deals.csv'), 'amocrm.csv');
    expect(table).toMatchObject({ delimiter: ';', encoding: 'utf-8', headerRow: 1 });
    expect(table.headers[0]).toBe('ID'); // no BOM glued to the first header
    const notes = table.rows.filter((r) => r.cells[7] !== '').map((r) => [r.row, r.cells[7]]);
    expect(notes).toEqual([
      [5, 'Перезвонить после 15:00;\nпросил КП на 2 объекта'],
      [11, 'Клиент: "ООО Ромашка"'],
    ]);
    // 28 deals; the empty line after the 13th is a row of its own in a spreadsheet.
    expect(table.rows).toHaveLength(28);
    expect(table.rows.at(-1)?.row).toBe(30);
  });

  test('a TSV from an analytics export: comment block and blank line before the header', async () => {
    const table = await tableOf(fixture('ga-funnel.tsv'), 'funnel.tsv');
    expect(table).toMatchObject({ delimiter: '\t', headerRow: 6 });
    expect(table.headers).toEqual(['Stage', 'Metric', 'Value', 'Date']);
    expect(table.rows[0]?.cells).toEqual(['Awareness', 'Active users', '84,210', '2026-03-31']);
  });

  test.each([
    ['comma', 'Stage,Value\nAwareness,"1,5"\n', ','],
    ['semicolon with decimal commas', 'Этап;Значение\nИнтерес;1,5\nПокупка;2,25\n', ';'],
    ['tab', 'Stage\tNote\nAwareness\tsaw an ad, then a post; liked it\n', '\t'],
  ])('detects the %s delimiter', async (_name, csv, delimiter) => {
    expect((await tableOf(text(csv), 'x.csv')).delimiter).toBe(delimiter);
  });

  test('UTF-16 with a BOM, as Excel saves "Unicode Text" (tab-separated)', async () => {
    const body = 'Этап\tЗначение\r\nПокупка\t2,5\r\n';
    const utf16 = new Uint16Array([0xfeff, ...[...body].map((c) => c.charCodeAt(0))]);
    const bytes = new Uint8Array(utf16.buffer); // little-endian on every machine we run on
    const table = await tableOf(bytes, 'export.txt');
    expect(table).toMatchObject({
      encoding: 'utf-16le',
      delimiter: '\t',
      headers: ['Этап', 'Значение'],
    });
    expect(table.rows[0]?.cells).toEqual(['Покупка', '2,5']);
  });

  test('a header whose first column is "#" is a header, not a comment', async () => {
    const table = await tableOf(
      text('# Exported 2026-03-31\n#;Stage;Visitors\n1;Awareness;100\n'),
      'x.csv',
    );
    expect(table).toMatchObject({ headerRow: 2, headers: ['#', 'Stage', 'Visitors'] });
  });

  test('trailing empty fields that Excel pads rows with are not extra columns', async () => {
    const table = await tableOf(text('Stage;Value;;\r\nAwareness;10;;\r\n'), 'x.csv');
    expect(table.headers).toEqual(['Stage', 'Value']);
    expect(table.rows[0]?.cells).toEqual(['Awareness', '10']);
  });
});

describe('reading XLSX', () => {
  async function workbook(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    build(book.addWorksheet('Воронка'));
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  test('a workbook written by exceljs: text, numbers and date cells, after a comment row', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['# Выгрузка из CRM, I квартал 2026']);
      sheet.addRow([]);
      sheet.addRow(['Этап', 'Сделки', 'Дата']);
      sheet.addRow(['Интерес', 48210, new Date(Date.UTC(2026, 2, 31))]);
      sheet.addRow(['Покупка', 3118.5, new Date(Date.UTC(2026, 2, 31))]);
      sheet.getColumn(3).numFmt = 'dd.mm.yyyy';
    });
    const read = await readTable(bytes, 'воронка.xlsx');
    if (!read.ok) expect.fail(read.problems[0]?.message);
    expect(read.table).toMatchObject({ format: 'xlsx', sheet: 'Воронка', headerRow: 3 });
    expect(read.table.headers).toEqual(['Этап', 'Сделки', 'Дата']);
    expect(read.table.rows.map((r) => r.row)).toEqual([4, 5]);
    const [first] = read.table.rows;
    expect(first?.cells.slice(0, 2)).toEqual(['Интерес', 48210]);
    expect(first?.cells[2]).toBeInstanceOf(Date);
    expect((first?.cells[2] as Date).toISOString()).toBe('2026-03-31T00:00:00.000Z');
  });

  test('the content decides: a workbook named .csv is read as a workbook', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['Stage', 'Value']);
      sheet.addRow(['Awareness', 1]);
    });
    expect((await tableOf(bytes, 'export.csv')).format).toBe('xlsx');
  });

  test('a value right of the last header is named by its cell', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['Stage', 'Value']);
      sheet.addRow(['Awareness', 1, null, 'stray']);
    });
    const [problem] = await problemsOf(bytes, 'x.xlsx');
    expect(problem).toMatchObject({ code: 'cellWithoutHeader', row: 2, column: 'D' });
  });
});

describe('bad files are refused with a message and nothing read', () => {
  test('an empty file', async () => {
    expect((await problemsOf(new Uint8Array())).map((p) => p.message)).toEqual([
      'The file is empty.',
    ]);
  });

  test('a file of only comments and blank lines is empty too', async () => {
    expect((await problemsOf(text('# nothing here\n\n# still nothing\n')))[0]?.code).toBe('empty');
  });

  test('a file over the 50 MB limit, before any parsing', async () => {
    const [problem] = await problemsOf(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(problem?.code).toBe('tooLarge');
    expect(problem?.message).toBe('The file is 50 MB; Journey Studio imports tables up to 50 MB.');
  });

  test('binary data (a PNG renamed to .csv)', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
    ]);
    expect((await problemsOf(png))[0]?.code).toBe('binary');
  });

  test('an old .xls workbook gets advice to save it as .xlsx or CSV', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const [problem] = await problemsOf(ole, 'deals.xls');
    expect(problem?.message).toMatch(/\.xls.*Save it in Excel as \.xlsx or CSV/);
  });

  test('a damaged XLSX (a ZIP that is not a workbook)', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await problemsOf(zip, 'x.xlsx'))[0]?.code).toBe('brokenXlsx');
  });

  test('a row with the wrong number of fields is named by its spreadsheet row', async () => {
    const csv =
      '# export\nStage;Visitors;Date\nAwareness;100;2026-03-31\nInterest;80\nPurchase;20;2026-03-31;late;extra\n';
    const problems = await problemsOf(text(csv));
    expect(problems.map((p) => p.message)).toEqual([
      'Row 4: the row has 2 fields and the header row 3.',
      'Row 5: the row has 5 fields and the header row 3.',
    ]);
  });

  test('a quote that is never closed', async () => {
    const [problem] = await problemsOf(
      text('Stage,Note\nAwareness,ok\nInterest,"never closed\nPurchase,x\n'),
    );
    expect(problem).toMatchObject({ code: 'unclosedQuote', row: 3 });
  });

  test('text after a closing quote', async () => {
    const [problem] = await problemsOf(text('Stage,Note\nAwareness,"5" screen\n'));
    expect(problem).toMatchObject({ code: 'strayQuote', row: 2 });
  });

  test('a header without data rows', async () => {
    const [problem] = await problemsOf(text('# report\nStage;Value\n'));
    expect(problem).toMatchObject({ code: 'noRows', row: 2 });
  });
});
