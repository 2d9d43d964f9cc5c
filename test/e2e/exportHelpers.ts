import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './harness/browser';
import { buildAndServe } from './harness/servePage';

/**
 * The export dialog's test page (test/e2e/pages, built here into dist/e2e-pages and served on
 * a loopback port) in Debian's Chromium, and the poppler/qpdf tools that check the files.
 */
export interface DialogPages {
  open(map: 'scripts' | 'persian' | 'blank' | 'big' | 'metrics'): Promise<Page>;
  close(): Promise<void>;
}

export async function startDialogPages(): Promise<DialogPages> {
  const server = await buildAndServe(path.resolve('test/e2e/pages/vite.config.ts'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'journey-export-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
  });
  return {
    async open(map) {
      const page = await context.newPage();
      await page.goto(`${server.url}?map=${map}`);
      await page.getByRole('dialog', { name: 'Export' }).waitFor();
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Clicks Export and returns the file the host was asked to save (kept in test-results/exports). */
export async function exportFile(
  page: Page,
  name: string,
): Promise<{ file: string; bytes: Buffer }> {
  const count = await page.evaluate(
    () => (window as unknown as { savedExports: unknown[] }).savedExports.length,
  );
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.waitForFunction(
    (n) => (window as unknown as { savedExports: unknown[] }).savedExports.length > n,
    count,
    { timeout: 60_000 },
  );
  const saved = await page.evaluate(
    () =>
      (window as unknown as { savedExports: { base64: string }[] }).savedExports.at(-1)?.base64 ??
      '',
  );
  const bytes = Buffer.from(saved, 'base64');
  const dir = path.resolve('test-results/exports');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { file, bytes };
}

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Text as compared: presentation forms back to letters (NFKC), bidi controls removed. */
export function plain(text: string): string {
  return text.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** `pdfinfo`'s fields (Pages, Page size, Title …). */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  text: string;
}

/** Every word `pdftotext -bbox` finds, with its page and position. */
export function pdfWords(file: string): Word[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = line.match(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*)<\/word>/);
    if (m) {
      const text = (m[3] ?? '')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), text });
    }
  }
  return words;
}

const ARABIC = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;

/**
 * The line of words around `anchor` as a right-to-left reader reads it: words from right to
 * left, each Arabic-script word's glyphs (which a PDF holds in visual order) read backwards.
 */
export function readRightToLeft(words: readonly Word[], anchor: string): string {
  const at = words.find((w) => w.text === anchor);
  if (!at) return '';
  return words
    .filter((w) => w.page === at.page && Math.abs(w.yMin - at.yMin) < 3)
    .sort((a, b) => b.xMin - a.xMin)
    .map((w) => (ARABIC.test(w.text) ? [...w.text].reverse().join('') : w.text))
    .map((w) => plain(w))
    .join(' ');
}
