import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { EXPORT_PAGE, type HeadlessApi } from '../../../shared/export/headless';
import { contentTypeFor, resolveAppAsset } from '../../main/security/appProtocol';
import { exists } from '../files';
import { t } from '../messages';
import { findChrome } from './findChrome';
import type { ExportRenderer, OpenExportRenderer } from './pngRenderer';

/** Headless Chromium's flags on these machines (the same list the e2e harness uses). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The page's origin. Nothing is ever fetched from it: every request is answered from the
 * renderer folder by `page.route`, and any other request is refused (`.invalid` names no
 * real host either), so the page reaches no network.
 */
const ORIGIN = 'http://export.journey-studio.invalid';

/** Drives an installed Chrome or Chromium through playwright-core, with a throw-away profile. */
export const openChromeRenderer: OpenExportRenderer = async ({ rendererDir, chromePath }) => {
  const chrome = await findChrome(chromePath, exists);
  if ('missing' in chrome) {
    throw new Error(
      chromePath === undefined
        ? t('export.noChrome', { paths: chrome.missing.join(', ') })
        : t('export.chromeMissing', { path: chromePath }),
    );
  }
  if (!(await exists(path.join(rendererDir, EXPORT_PAGE)))) {
    throw new Error(t('export.notBuilt', { dir: rendererDir }));
  }
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'journey-export-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chrome.found,
      headless: true,
      args: CHROME_FLAGS,
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new Error(t('export.chromeFailed', { path: chrome.found, detail: firstLine(error) }), {
      cause: error,
    });
  }
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      const file = url.startsWith(`${ORIGIN}/`)
        ? resolveAppAsset(rendererDir, `app://journey-studio${new URL(url).pathname}`)
        : null;
      if (!file) return route.abort('blockedbyclient');
      try {
        await route.fulfill({ body: await readFile(file), contentType: contentTypeFor(file) });
      } catch {
        await route.fulfill({ status: 404, body: '' });
      }
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${ORIGIN}/${EXPORT_PAGE}`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
    const renderer: ExportRenderer = {
      async exportMap(text, options, today, compareText, creationDate) {
        const result = await page.evaluate(
          ([mapText, opts, day, older, created]) =>
            (window as unknown as { journeyExport: HeadlessApi }).journeyExport.exportMap(
              mapText,
              opts,
              day,
              older ?? undefined,
              created ?? undefined,
            ),
          [text, options, today, compareText ?? null, creationDate ?? null] as const,
        );
        return new Uint8Array(Buffer.from(result.base64, 'base64'));
      },
      close,
    };
    return renderer;
  } catch (error) {
    await close();
    throw error;
  }
};

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
