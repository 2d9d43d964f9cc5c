// The import dialog in the browser edition with a 100,000-row CRM export: the table is read
// and counted in the import worker, so the page's thread should keep drawing frames. In
// headless Chromium: the time from choosing the file to the values preview, the longest gap
// between animation frames meanwhile, and the long tasks (> 50 ms) the page's thread ran.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { placeFileForOpen } from '../e2e/editorHelpers';
import { chromiumArgs, chromiumPath } from '../e2e/harness/browser';

export interface WindowFigures {
  /** The same probe over an idle second first: what this shared machine does anyway. */
  idleFrameGapMs: number;
  idleLongTasks: number;
  previewMs: number;
  longestFrameGapMs: number;
  longTasks: number;
  longestTaskMs: number;
}

declare global {
  interface Window {
    importProbe?: { gaps: number[]; tasks: number[]; stop: boolean };
  }
}

/**
 * The Open picker answered with the OPFS file placed last (as the e2e tests' stub does), as
 * source text: tsx compiles a function with helpers the page does not have.
 */
const PICKER_STUB = `
  window.showOpenFilePicker = async () => {
    const name = localStorage.getItem('e2e-last-saved');
    const directory = await navigator.storage.getDirectory();
    return [await directory.getFileHandle(name)];
  };
  window.showSaveFilePicker = async () => {
    throw new DOMException('not in this benchmark', 'AbortError');
  };
`;

/** Records the gaps between animation frames and the long tasks, until `stop`. */
const FRAME_PROBE = `{
  const probe = { gaps: [], tasks: [], stop: false };
  window.importProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.tasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const frame = (now) => {
    probe.gaps.push(now - last);
    last = now;
    if (!probe.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}`;

function stopProbe(page: Page): Promise<{ gaps: number[]; tasks: number[] }> {
  return page.evaluate(() => {
    const probe = window.importProbe;
    if (probe) probe.stop = true;
    return probe ?? { gaps: [], tasks: [] };
  });
}

/** Serves dist/renderer (built by `npm run bench`), opens a map of `stages`, imports `csv`. */
export async function measureImportWindow(
  csv: string,
  stages: readonly string[],
): Promise<WindowFigures> {
  const server = await preview({
    configFile: path.resolve('vite.config.ts'),
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'journey-import-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1440, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${address.port}/`);
    await page.addInitScript(PICKER_STUB);
    await page.reload();
    const map = {
      format: 'journey-map',
      version: 3,
      title: 'CRM',
      language: 'ru',
      stages: stages.map((name, i) => ({ id: `s${i}`, name })),
      lanes: [{ id: 'act', name: 'Действия', kind: 'actions' }],
      cards: [],
    };
    await placeFileForOpen(page, 'crm.journey.json', JSON.stringify(map));
    await page.getByRole('heading', { name: 'Start a map' }).waitFor();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'CRM' }).waitFor();
    await placeFileForOpen(page, 'deals.csv', csv);

    // Frames and long tasks of the page's thread: an idle second, then the click to the preview.
    await page.evaluate(FRAME_PROBE);
    await page.waitForTimeout(1000);
    const idle = await stopProbe(page);
    await page.evaluate(FRAME_PROBE);
    const start = Date.now();
    await page.getByRole('button', { name: 'Import metrics', exact: true }).click();
    await page.getByRole('table', { name: /^Values for / }).waitFor({ timeout: 120_000 });
    const previewMs = Date.now() - start;
    const probe = await stopProbe(page);
    return {
      idleFrameGapMs: Math.max(0, ...idle.gaps),
      idleLongTasks: idle.tasks.length,
      previewMs,
      longestFrameGapMs: Math.max(0, ...probe.gaps),
      longTasks: probe.tasks.length,
      longestTaskMs: Math.max(0, ...probe.tasks),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}
