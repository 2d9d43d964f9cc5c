import type { Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { UI_LANGUAGE_INFO, type UiLanguage } from '../../shared/i18n/languages';
import { UI_RESOURCES } from '../../shared/i18n/resources';
import { layoutMap } from '../../shared/layout';
import { JourneyMapSchema } from '../../shared/model';
import { openApp, screenshot, type Session } from './harness/browser';
import { pdfWords, plain, run } from './exportHelpers';

// The app in each of its five languages (from the browser's locale and from the settings),
// the Persian UI mirrored, and a Persian map made from a template exported to PDF and PNG
// with its stages running from right to left.

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** A string of the UI in a language, straight from its locale file. */
function text(language: UiLanguage, key: string): string {
  let node: unknown = UI_RESOURCES[language].translation;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no ${key} in ${language}`);
  return node;
}

const LOCALES: Record<UiLanguage, string> = {
  en: 'en-US',
  uk: 'uk-UA',
  ru: 'ru-RU',
  pl: 'pl-PL',
  fa: 'fa-IR',
};

async function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

describe.each(UI_LANGUAGE_INFO.map((info) => info.code))('the %s UI', (language) => {
  test('follows the browser language, in the start screen and the editor', async () => {
    session = await openApp({ locale: LOCALES[language] });
    const { page } = session;
    await page.getByRole('heading', { name: text(language, 'gallery.startTitle') }).waitFor();
    expect(await documentLanguage(page)).toEqual({
      lang: language,
      dir: language === 'fa' ? 'rtl' : 'ltr',
    });
    await expect
      .poll(() => page.getByRole('button', { name: text(language, 'settings.open') }).count())
      .toBe(1);
    await screenshot(page, `languages-${language}-start`);

    // The gallery offers the templates in the UI's language: the classic one by its title.
    const classic = page.getByRole('button', { name: classicTitle(language), exact: true });
    await classic.click();
    await page.getByRole('tab', { name: text(language, 'panels.tabs.inspector') }).waitFor();
    await page.getByRole('toolbar', { name: text(language, 'editor.toolbar') }).waitFor();
    await screenshot(page, `languages-${language}-editor`);
    expect(session.errors).toEqual([]);
  });
});

function classicTitle(language: UiLanguage): string {
  return language === 'en' ? 'Customer journey map' : TEMPLATE_TITLES[language];
}
const TEMPLATE_TITLES: Record<Exclude<UiLanguage, 'en'>, string> = {
  uk: 'Карта шляху клієнта',
  ru: 'Карта пути клиента',
  pl: 'Mapa podróży klienta',
  fa: 'نقشه سفر مشتری',
};

test('the language is switched in the settings, applies at once and is kept', async () => {
  session = await openApp({ locale: 'en-US' });
  const { page } = session;
  await page.getByRole('heading', { name: 'Start a map' }).waitFor();
  for (const info of UI_LANGUAGE_INFO) {
    await page
      .getByRole('button', {
        name: text(currentLanguage(await documentLanguage(page)), 'settings.open'),
      })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: info.nativeName, exact: true }).check();
    // Without a reload: the dialog itself now speaks the language.
    await dialog.getByRole('heading', { name: text(info.code, 'settings.title') }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: info.code, dir: info.dir });
    await screenshot(page, `languages-${info.code}-settings`);
    await dialog
      .getByRole('button', { name: text(info.code, 'settings.close') })
      .last()
      .click();
    await page.getByRole('heading', { name: text(info.code, 'gallery.startTitle') }).waitFor();
  }
  // The last choice (Persian) is there after a reload, though the browser speaks English.
  await page.reload();
  await page.getByRole('heading', { name: text('fa', 'gallery.startTitle') }).waitFor();
  expect(await documentLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' });
});

function currentLanguage({ lang }: { lang: string }): UiLanguage {
  return UI_LANGUAGE_INFO.find((info) => info.code === lang)?.code ?? 'en';
}

test('the Persian UI is mirrored: side panel on the left, toolbar from the right', async () => {
  session = await openApp({ locale: 'fa-IR' });
  const { page } = session;
  await page.getByRole('button', { name: TEMPLATE_TITLES.fa, exact: true }).click();
  const toolbar = page.getByRole('toolbar', { name: text('fa', 'editor.toolbar') });
  await toolbar.waitFor();
  const box = async (locator: ReturnType<Page['locator']>) => {
    const b = await locator.boundingBox();
    if (!b) throw new Error('not on screen');
    return b;
  };
  const panel = await box(page.getByRole('tab', { name: text('fa', 'panels.tabs.inspector') }));
  const canvas = await box(page.locator('.react-flow'));
  expect(panel.x + panel.width).toBeLessThanOrEqual(canvas.x + 1);
  // Reading order runs right to left: New map (first in the DOM) right of Settings (last),
  // and the map's title right of the toolbar.
  const newMap = await box(
    toolbar.getByRole('button', { name: text('fa', 'editor.actions.newMap') }),
  );
  const settings = await box(toolbar.getByRole('button', { name: text('fa', 'settings.open') }));
  const title = await box(page.getByRole('heading', { level: 1 }));
  expect(newMap.x).toBeGreaterThan(settings.x);
  expect(title.x).toBeGreaterThan(newMap.x);
  // A Persian map's first stage (آگاهی, awareness) is the rightmost column on the canvas.
  const first = await box(page.getByText('آگاهی', { exact: true }).first());
  const last = await box(page.getByText('توصیه به دیگران', { exact: true }).first());
  expect(first.x).toBeGreaterThan(last.x);
  await screenshot(page, 'languages-fa-mirrored');
});

/** The file a download brings, kept in test-results/exports. */
async function saveDownload(download: Download, name: string): Promise<string> {
  const dir = path.resolve('test-results/exports');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

test('a Persian map from a template exports to PDF and PNG with its stages right to left', async () => {
  session = await openApp({ locale: 'en-US' });
  const { page, context } = session;
  // Saving goes to a download (as in browsers without the File System Access API).
  await context.addInitScript(() => {
    Object.assign(window, { showOpenFilePicker: undefined, showSaveFilePicker: undefined });
  });
  await page.reload();
  await page.getByLabel('Language of the new map').selectOption({ label: 'فارسی' });
  await page.getByRole('button', { name: TEMPLATE_TITLES.fa, exact: true }).click();
  await page.getByRole('tab', { name: 'Inspector' }).waitFor();
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const mapFile = await saveDownload(await saved, 'persian-from-template.journey.json');
  const { readFileSync } = await import('node:fs');
  const mapText = readFileSync(mapFile, 'utf8');
  const map = JourneyMapSchema.parse(JSON.parse(mapText));
  expect(map.language).toBe('fa');
  expect(map.direction).toBe('rtl');
  expect(map.stages.map((s) => s.name)).toEqual([
    'آگاهی',
    'علاقه',
    'بررسی',
    'خرید',
    'وفاداری',
    'توصیه به دیگران',
  ]);

  // The export page that the CLI and the desktop app's hidden window use.
  const exporter = await context.newPage();
  await exporter.goto(new URL('export.html', session.baseUrl).toString());
  await exporter.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const exportTo = async (options: object): Promise<Buffer> => {
    const base64 = await exporter.evaluate(
      async ([textArg, optionsArg]) => {
        const api = (
          window as unknown as {
            journeyExport: { exportMap(t: string, o: object): Promise<{ base64: string }> };
          }
        ).journeyExport;
        return (await api.exportMap(textArg as string, optionsArg as object)).base64;
      },
      [mapText, options] as const,
    );
    return Buffer.from(base64, 'base64');
  };

  // PDF: on the map page the stage names sit on one line, the first one rightmost.
  const pdf = path.resolve('test-results/exports/persian-from-template.pdf');
  writeFileSync(
    pdf,
    await exportTo({
      format: 'pdf',
      pdf: { page: 'A4', fit: 'page', cover: false, personas: false, summary: false },
    }),
  );
  const words = pdfWords(pdf).map((w) => ({ ...w, read: plain([...w.text].reverse().join('')) }));
  const stageXs = ['آگاهی', 'علاقه', 'بررسی', 'خرید', 'وفاداری'].map((name) => {
    const word = words.find((w) => w.read === name);
    expect(word, `${name} in the PDF`).toBeDefined();
    return word?.xMin ?? 0;
  });
  expect(stageXs).toEqual([...stageXs].sort((a, b) => b - a)); // right to left
  expect(plain(run('pdftotext', [pdf, '-']))).toContain('نقشه سفر مشتری');

  // PNG: the first stage's header (coloured apart for the test) is the rightmost header.
  const marked = JSON.stringify({
    ...JSON.parse(mapText),
    stages: map.stages.map((s, i) => (i === 0 ? { ...s, color: '#d00000' } : s)),
  });
  const pngBytes = await (async () => {
    const base64 = await exporter.evaluate(
      async ([textArg]) => {
        const api = (
          window as unknown as {
            journeyExport: { exportMap(t: string, o: object): Promise<{ base64: string }> };
          }
        ).journeyExport;
        return (
          await api.exportMap(textArg as string, {
            format: 'png',
            png: { scale: 1, background: 'white' },
          })
        ).base64;
      },
      [marked] as const,
    );
    return Buffer.from(base64, 'base64');
  })();
  writeFileSync(path.resolve('test-results/exports/persian-from-template.png'), pngBytes);
  const png = PNG.sync.read(pngBytes);
  const layout = layoutMap(JourneyMapSchema.parse(JSON.parse(marked)));
  const headerY = Math.round((layout.columns[0]?.header.height ?? 40) / 2);
  const redXs: number[] = [];
  const blueXs: number[] = [];
  for (let x = 0; x < png.width; x += 1) {
    const i = (headerY * png.width + x) * 4;
    const [r = 0, g = 0, b = 0] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r > 180 && g < 60 && b < 60) redXs.push(x);
    else if (b > 180 && r < 90) blueXs.push(x);
  }
  expect(redXs.length).toBeGreaterThan(20);
  expect(blueXs.length).toBeGreaterThan(20);
  expect(Math.min(...redXs)).toBeGreaterThan(Math.max(...blueXs));
  await exporter.close();
});
