import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { layoutMap } from '../../shared/layout';
import { pngSize } from '../../renderer/export/png/pngSize';
import { mapSceneWithLegend } from '../../shared/export/scene/mapScene';
import { createTranslate } from '../../shared/i18n/translate';
import { MIXED_LINE, SCRIPT_TEXTS, persianMap, scriptsMap } from '../fixtures/export/scripts';
import {
  exportFile,
  pdfInfo,
  pdfWords,
  plain,
  readRightToLeft,
  run,
  startDialogPages,
  type DialogPages,
} from './exportHelpers';
import { screenshot } from './harness/browser';

// The export dialog (on its own test page until the editor lands) exporting the classic
// template filled with Cyrillic, Polish and Persian cards; the files checked with poppler,
// qpdf and a PNG decoder as a user's tools would read them.

let pages: DialogPages;
beforeAll(async () => {
  pages = await startDialogPages();
});
afterAll(async () => {
  await pages?.close();
});

const STAGES = ['Awareness', 'Interest', 'Consideration', 'Purchase', 'Loyalty', 'Advocacy'];
const CARD_TEXTS = [...Object.values(SCRIPT_TEXTS), MIXED_LINE];

test('PDF on one A4 page: cover, persona, map and summary, with searchable text in every script', async () => {
  const page = await pages.open('scripts');
  await page.getByRole('radio', { name: 'PDF document' }).check();
  await page.getByLabel('Page size').selectOption('A4');
  await page.getByRole('radio', { name: 'Fit on one page' }).check();
  const { file } = await exportFile(page, 'scripts-a4.pdf');
  await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Saved .*\.pdf/);

  const info = pdfInfo(file);
  expect(info.Pages).toBe('4'); // cover, persona, map, pain points and opportunities
  expect(info['Page size']).toMatch(/^841\.89 x 595\.\d+ pts \(A4\)/);
  expect(info.Title).toBe(scriptsMap().title);
  expect(info.Author).toBe('Olena Kowalska');
  expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);

  const text = plain(run('pdftotext', [file, '-']));
  for (const stage of STAGES) expect(text).toContain(stage);
  for (const card of CARD_TEXTS.slice(0, 3)) expect(text).toContain(plain(card));
  expect(text).toContain('Pain points and opportunities');
  expect(text).toContain('Page 4 of 4');
  // The mixed Persian + Latin + digits line reads in the right order, right to left.
  expect(readRightToLeft(pdfWords(file), 'Pro')).toBe(plain(MIXED_LINE));
  await page.close();
});

test('PDF tiled across A4 pages carries a sheet legend on each map page', async () => {
  const page = await pages.open('scripts');
  await page.getByLabel('Page size').selectOption('A4');
  await page.getByRole('radio', { name: 'Tile across pages at print size' }).check();
  await expect.poll(() => page.getByRole('note').textContent()).toMatch(/The map takes \d+ pages/);
  const { file } = await exportFile(page, 'scripts-a4-tiled.pdf');
  const pageCount = Number(pdfInfo(file).Pages);
  expect(pageCount).toBeGreaterThan(4);
  const text = plain(run('pdftotext', [file, '-']));
  expect(text).toContain('Sheet A1');
  expect(text).toContain('Sheet B1');
  for (const card of CARD_TEXTS.slice(0, 3)) expect(text).toContain(plain(card));
  expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
  await page.close();
});

test('PNG at 2× is the whole map at twice its size, with drawn text', async () => {
  const page = await pages.open('scripts');
  await page.getByRole('radio', { name: 'PNG image' }).check();
  await page.getByLabel('Resolution').selectOption('2×');
  const { bytes } = await exportFile(page, 'scripts-2x.png');
  const png = PNG.sync.read(bytes);
  // The whole map with its legend underneath.
  const map = scriptsMap();
  const expected = pngSize(
    mapSceneWithLegend(map, layoutMap(map), createTranslate('en')).bounds,
    2,
  );
  expect({ width: png.width, height: png.height }).toEqual(expected);
  let dark = 0;
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const [r = 0, g = 0, b = 0] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r + g + b < 200) dark += 1;
    colours.add((r << 16) | (g << 8) | b);
  }
  expect(dark).toBeGreaterThan(500); // text and outlines, not a blank or flat image
  expect(colours.size).toBeGreaterThan(50);
  await page.close();
});

test('SVG parses and holds every text as text', async () => {
  const page = await pages.open('scripts');
  await page.getByRole('radio', { name: 'SVG image' }).check();
  const { bytes } = await exportFile(page, 'scripts.svg');
  const texts = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, bytes.toString('utf8'));
  expect(texts).not.toBeNull();
  for (const expected of [...STAGES, ...CARD_TEXTS]) expect(texts).toContain(expected);
  expect(bytes.toString('utf8')).toContain('@font-face');
  await page.close();
});

test('a running export can be cancelled and saves nothing', async () => {
  const page = await pages.open('big');
  await page.getByRole('radio', { name: 'PNG image' }).check();
  await page.getByLabel('Resolution').selectOption('4×');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('progressbar').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toBe('Export cancelled.');
  const saved = await page.evaluate(
    () => (window as unknown as { savedExports: unknown[] }).savedExports.length,
  );
  expect(saved).toBe(0);
  await page.close();
});

test('a blank template on A0 is a poster with cells big enough for markers', async () => {
  const page = await pages.open('blank');
  await page.getByLabel('Page size').selectOption('A0');
  expect(await page.getByRole('checkbox', { name: /Workshop poster/ }).isChecked()).toBe(true);
  const hint = await page.getByRole('note').textContent();
  const [, w = '0', h = '0'] = hint?.match(/about (\d+) × (\d+) mm/) ?? [];
  expect(Math.min(Number(w), Number(h))).toBeGreaterThanOrEqual(100);
  const { file } = await exportFile(page, 'blank-a0-poster.pdf');
  const info = pdfInfo(file);
  expect(info['Page size']).toMatch(/^3370\.\d+ x 2383\.\d+ pts/);
  expect(info.Pages).toBe('1'); // the poster sheet alone: no cover, no empty table
  const text = plain(run('pdftotext', [file, '-']));
  for (const stage of STAGES) expect(text).toContain(stage);
  await page.close();
});

test('a right-to-left Persian map exports with its Persian stage names searchable', async () => {
  const page = await pages.open('persian');
  const { file } = await exportFile(page, 'persian.pdf');
  const text = plain(run('pdftotext', [file, '-']));
  for (const stage of persianMap().stages) expect(text).toContain(plain(stage.name));
  expect(text).toContain(plain(persianMap().title));
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  await page.close();
});

test('a map with metrics gets a Journey metrics page, which its checkbox turns off', async () => {
  const page = await pages.open('metrics');
  await page.getByRole('radio', { name: 'PDF document' }).check();
  const include = page.getByRole('checkbox', { name: 'Journey metrics (funnel and trends)' });
  await expect.poll(() => include.isChecked()).toBe(true);
  await screenshot(page, 'export-dialog-metrics');
  const withMetrics = await exportFile(page, 'metrics.pdf');
  const text = plain(run('pdftotext', [withMetrics.file, '-']));
  expect(text).toContain('Where customers get lost: from Consideration to Purchase');
  expect(text).toContain('13,100');
  expect(pdfInfo(withMetrics.file).Pages).toBe('5');

  await include.uncheck();
  const without = await exportFile(page, 'metrics-off.pdf');
  expect(plain(run('pdftotext', [without.file, '-']))).not.toContain('Journey metrics');
  expect(pdfInfo(without.file).Pages).toBe('4');
  await page.close();

  // A map without metric values has no such checkbox.
  const plainMap = await pages.open('scripts');
  await plainMap.getByRole('radio', { name: 'PDF document' }).check();
  await expect.poll(() => plainMap.getByLabel('Cover page').count()).toBe(1);
  expect(await plainMap.getByRole('checkbox', { name: /Journey metrics/ }).count()).toBe(0);
  await plainMap.close();
});

test('fitting a big map on one A4 page warns that its text would be too small to read', async () => {
  const page = await pages.open('big');
  await page.getByRole('radio', { name: 'PDF document' }).check();
  await page.getByLabel('Page size').selectOption('A4');
  await page.getByRole('radio', { name: 'Fit on one page' }).check();
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toMatch(/card text prints at \d+(\.\d)? pt: too small to read/);
  await page.getByRole('radio', { name: 'Tile across pages at print size' }).check();
  expect(await page.getByRole('alert').count()).toBe(0);
  await page.close();
});
