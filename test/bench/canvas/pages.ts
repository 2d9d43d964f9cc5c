import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../e2e/harness/browser';
import { buildAndServe } from '../../e2e/harness/servePage';
import type { CanvasKind, Viewport } from './api';

/**
 * The canvas bench page built into dist/bench-pages, served on a loopback port and opened in
 * Debian's headless Chromium (the e2e flags): used by the bench driver and the canvas e2e test.
 */
export interface CanvasPages {
  /** Opens the page and waits until its canvas has settled. */
  open(kind: CanvasKind, cards: number, viewport?: Viewport): Promise<Page>;
  close(): Promise<void>;
}

export const WINDOW = { width: 1440, height: 900 };

export async function startCanvasPages(): Promise<CanvasPages> {
  const server = await buildAndServe(path.resolve('test/bench/canvas/vite.config.ts'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'journey-canvas-bench-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: WINDOW,
    });
  } catch (error) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    async open(kind, cards, viewport) {
      const page = await context.newPage();
      // Headless Chromium may throttle animation frames of a tab that is not in front, and
      // the page's measurements wait on frames.
      await page.bringToFront();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const query = new URLSearchParams({ canvas: kind, cards: String(cards) });
      if (viewport) query.set('viewport', `${viewport.x},${viewport.y},${viewport.zoom}`);
      await page.goto(`${server.url}?${query}`);
      await page
        .waitForFunction(() => window.canvasBench !== undefined, undefined, { timeout: 60_000 })
        .catch((error: unknown) => {
          throw new Error(`bench page did not start: ${errors.join('; ') || String(error)}`);
        });
      await page
        .evaluate(() =>
          Promise.race([
            window.canvasBench?.firstRender,
            new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 60_000)),
          ]),
        )
        .catch((error: unknown) => {
          throw new Error(`bench canvas did not settle: ${errors.join('; ') || String(error)}`);
        });
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
