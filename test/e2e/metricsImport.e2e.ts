import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { placeFileForOpen, readOpfsFile, readOpfsFilesEnding, usePickers } from './editorHelpers';
import { plain, run } from './exportHelpers';
import { seriousViolations } from './a11yHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// File > Import metrics… in the browser edition: a Russian semicolon CSV (decimal commas,
// spaces between thousands, one stage named differently from the map) mapped by hand and
// imported as one undo step; and a file with text in a number column, refused with its row
// and column. The map's state is read from the saved file; the imported numbers are then seen
// in the metrics lane, the funnel and the exported PDF (read back with pdftotext).

const MAP_FILE = 'магазин.journey.json';
const STAGES = [
  { id: 'aware', name: 'Осведомленность' },
  { id: 'interest', name: 'Интерес' },
  { id: 'choice', name: 'Выбор товара' },
  { id: 'buy', name: 'Покупка' },
];

/** An online store's journey in Russian, with the stages the export names (bar one). */
function shopMap(): object {
  return {
    format: 'journey-map',
    version: 3,
    title: 'Интернет-магазин',
    language: 'ru',
    stages: STAGES,
    lanes: [{ id: 'act', name: 'Действия', kind: 'actions' }],
    cards: [],
  };
}

/** As Excel saves a Russian funnel report: `;`, `ё` in a stage, `125 400`, `38,4`. */
const FUNNEL_CSV = [
  'Этап;Посетители;Конверсия, %;Средний чек',
  'Осведомлённость;125 400;100;',
  'Интерес;48 210;38,4;',
  'Рассмотрение;12 055;9,6;',
  'Покупка;3 118;2,5;4 250,50',
].join('\r\n');

interface SavedMap {
  metrics: { id: string; name: string; kind: string }[];
  measurements: { metricId: string; stageId: string; value: number; date: string }[];
  metricSources: { name: string; mapping: { stageValues?: Record<string, string | null> } }[];
}

let session: Session;
let page: Page;
beforeEach(async () => {
  session = await openApp();
  page = session.page;
  await usePickers(page, 'opfs');
  await placeFileForOpen(page, MAP_FILE, JSON.stringify(shopMap()));
  await page.getByRole('heading', { name: 'Start a map' }).waitFor();
  await page.keyboard.press('Control+O');
  await page.getByRole('heading', { level: 1, name: 'Интернет-магазин' }).waitFor();
});
afterEach(async () => {
  await session?.close();
});

/** Saves the map (Ctrl+S) and reads the file back. */
async function saved(): Promise<SavedMap> {
  await page.keyboard.press('Control+S');
  await page.getByText('Unsaved changes').waitFor({ state: 'detached' });
  return JSON.parse(await readOpfsFile(page, MAP_FILE)) as SavedMap;
}

/** Picks `name` (holding `text`) in Import metrics…; resolves with the dialog. */
async function chooseTable(name: string, text: string) {
  await placeFileForOpen(page, name, text);
  await page.getByRole('button', { name: 'Import metrics', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Import metrics from ${name}` });
  await dialog.waitFor();
  return dialog;
}

/** Imports FUNNEL_CSV with "Рассмотрение" mapped by hand to "Выбор товара". */
async function importShopMetrics(): Promise<void> {
  const dialog = await chooseTable('воронка.csv', FUNNEL_CSV);
  await dialog.getByText('4 rows; CSV separated by semicolons; utf-8').waitFor();
  const matched = dialog.getByRole('region', { name: 'Stages' });
  await matched.getByText('Осведомлённость → Осведомленность').waitFor();
  expect(await matched.textContent()).toContain('No data in the file for: Выбор товара.');

  const import_ = dialog.getByRole('button', { name: 'Import', exact: true });
  const choice = dialog.getByRole('combobox', { name: 'Stage for Рассмотрение' });
  await choice.selectOption({ label: 'Выбор товара' });
  const values = dialog.getByRole('table', { name: /^Values for / });
  const row = values.getByRole('row', { name: /^Выбор товара/ });
  await row.waitFor();
  // Formatted as the map shows numbers: Russian grouping (a no-break space) and comma.
  expect((await row.textContent())?.replace(/\s/g, ' ')).toBe('Выбор товара12 0559,6');
  expect(await dialog.textContent()).not.toContain('No data in the file for');
  await screenshot(page, 'metrics-import-dialog');
  await import_.click();
  await dialog.waitFor({ state: 'detached' });
}

test('a Russian CSV: one stage mapped by hand, imported as one undo step, remembered', async () => {
  await importShopMetrics();
  const notice = page.getByRole('status').filter({ hasText: 'Imported 9 values of' });
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(
    /Imported 9 values of Посетители, Конверсия, %, Средний чек for \u2066\d{4}-\d{2}-\d{2}\u2069\./,
  );

  const after = await saved();
  const visitors = after.metrics.find((m) => m.name === 'Посетители');
  expect(visitors?.kind).toBe('count');
  const byStage = Object.fromEntries(
    after.measurements.filter((m) => m.metricId === visitors?.id).map((m) => [m.stageId, m.value]),
  );
  expect(byStage).toEqual({ aware: 125400, interest: 48210, choice: 12055, buy: 3118 });
  expect(after.measurements.find((m) => m.value === 4250.5)?.stageId).toBe('buy');
  expect(after.metricSources).toHaveLength(1);
  expect(after.metricSources[0]?.name).toBe('воронка.csv');
  expect(after.metricSources[0]?.mapping.stageValues).toEqual({ Рассмотрение: 'choice' });

  // Undo takes the whole import back in one step; redo brings it all again.
  await page.keyboard.press('Control+Z');
  const undone = await saved();
  expect([undone.metrics, undone.measurements, undone.metricSources]).toEqual([[], [], []]);
  await page.keyboard.press('Control+Shift+Z');
  const redone = await saved();
  expect(redone.measurements).toHaveLength(9);
  expect(session.errors).toEqual([]);
});

test('the imported numbers on the map: the metrics lane and the funnel, gone in one undo, in the PDF', async () => {
  await importShopMetrics();
  // The metrics lane, as a screen reader reads it: the hand-mapped stage holds its values.
  const lane = page.getByRole('list', { name: 'Metrics at Выбор товара', exact: true });
  await lane.waitFor();
  expect((await lane.textContent())?.replace(/\s/g, ' ')).toMatch(/Посетители 12 055/);
  expect(await page.getByRole('list', { name: /^Metrics at / }).count()).toBe(STAGES.length);

  // The funnel of the count: the biggest drop is from Интерес to Выбор товара (75 % lost).
  await page.getByRole('button', { name: 'Funnel', exact: true }).click();
  const funnel = page.getByRole('dialog', { name: 'Funnel' });
  await funnel.waitFor();
  const drop = funnel.getByText('Where customers get lost');
  await expect
    .poll(async () => (await drop.textContent())?.replace(/\s/g, ' '))
    .toMatch(/^Where customers get lost: Интерес » Выбор товара, \u221275 ?%$/);
  await screenshot(page, 'metrics-import-funnel');
  await page.keyboard.press('Escape');
  await funnel.waitFor({ state: 'detached' });

  // One undo takes the lane away with every value; redo brings it back.
  await page.keyboard.press('Control+Z');
  await expect.poll(() => page.getByRole('list', { name: /^Metrics at / }).count()).toBe(0);
  await page.keyboard.press('Control+Shift+Z');
  await lane.waitFor();

  // The PDF deliverable: pdftotext finds the numbers (Russian grouping) and the funnel.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: 'PDF document' }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  // The picker makes the file before the export writes it: wait for the whole PDF.
  const wholePdf = async () =>
    (await readOpfsFilesEnding(page, '.pdf')).some((f) => f.bytes.includes('%%EOF'));
  await expect.poll(wholePdf, { timeout: 60_000 }).toBe(true);
  const [pdf] = await readOpfsFilesEnding(page, '.pdf');
  const dir = path.resolve('test-results/exports');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'metrics-import.pdf');
  writeFileSync(file, pdf?.bytes ?? Buffer.alloc(0));
  const text = plain(run('pdftotext', [file, '-'])).replace(/\s/g, ' ');
  for (const number of ['125 400', '48 210', '12 055', '3 118', '38,4', '9,6']) {
    expect(text).toContain(number);
  }
  expect(text).toContain('Выбор товара');
  expect(session.errors).toEqual([]);
});

test('a refresh of the same file starts from the remembered columns: one click imports', async () => {
  await importShopMetrics();
  const next = FUNNEL_CSV.replace('125 400', '130 000');
  const dialog = await chooseTable('воронка.csv', next);
  await dialog.getByText(/The columns are taken as in the import of воронка\.csv/).waitFor();
  const row = dialog.getByRole('table', { name: /^Values for / }).getByRole('row', {
    name: /^Выбор товара/,
  });
  await row.waitFor();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  const after = await saved();
  expect(after.measurements.some((m) => m.value === 130000)).toBe(true);
  expect(after.metricSources).toHaveLength(1);
});

test('text in a number column: the row and column are named, Import stays off, nothing changes', async () => {
  const before = await readOpfsFile(page, MAP_FILE);
  const bad = ['Этап;Сделок', 'Интерес;1 200', 'Покупка;много'].join('\n');
  const dialog = await chooseTable('сделки.csv', bad);
  const problem = dialog.getByRole('alert');
  await problem.waitFor();
  expect(await problem.textContent()).toContain(
    'Row 3, column B (Сделок): expected a number, got "много".',
  );
  expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
  // The columns it was read with stay on show, to be changed if they are wrong.
  expect(await dialog.getByRole('combobox', { name: 'Stage column' }).inputValue()).toBe('Этап');
  await screenshot(page, 'metrics-import-problem');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await page.getByText('Unsaved changes').count()).toBe(0);
  expect(await readOpfsFile(page, MAP_FILE)).toBe(before);
});

test('without the File System Access API: an XLSX from the file input, read in the worker', async () => {
  await usePickers(page, 'none');
  await page.getByRole('button', { name: 'Open', exact: true }).waitFor();
  // The reload forgot the map: open it again through the file input.
  const opening = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (
    await opening
  ).setFiles({
    name: MAP_FILE,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(shopMap())),
  });
  await page.getByRole('heading', { level: 1, name: 'Интернет-магазин' }).waitFor();

  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Сделки');
  sheet.addRow(['# Выгрузка из CRM']);
  sheet.addRow(['Этап', 'Сделки']);
  sheet.addRow(['Интерес', 120]);
  sheet.addRow(['Покупка', 45]);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import metrics', exact: true }).click();
  const chooser = await choosing;
  expect(await chooser.element().getAttribute('accept')).toContain('.xlsx');
  await chooser.setFiles({
    name: 'сделки.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  });
  const dialog = page.getByRole('dialog', { name: 'Import metrics from сделки.xlsx' });
  await dialog.getByText('2 rows; Excel sheet “Сделки”').waitFor();
  const values = dialog.getByRole('table', { name: /^Values for / });
  await values.getByRole('row', { name: /^Покупка/ }).waitFor();
  expect(await seriousViolations(page, 'import dialog')).toEqual([]);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Imported 2 values of Сделки' }).waitFor();
  expect(session.errors).toEqual([]);
});
