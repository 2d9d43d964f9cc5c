import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startCanvasPages, WINDOW, type CanvasPages } from '../bench/canvas/pages';

// The editor canvas on the canvas bench page (the real Canvas and store on a generated map,
// with the render probe on): what an edit re-renders and what a big map puts in the DOM.
// Behaviour only; the timings are the bench's (`npm run bench`).

let pages: CanvasPages;
beforeAll(async () => {
  pages = await startCanvasPages();
});
afterAll(async () => {
  await pages?.close();
});

const cardRenders = (page: Page) => page.evaluate(() => window.canvasBench?.cardRenders() ?? 0);
const mountedIds = (page: Page) => page.evaluate(() => window.canvasBench?.mountedCardIds() ?? []);
/** Two painted frames: whatever an edit or a pan scheduled has rendered. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

test('typing in one card re-renders that card and no other', async () => {
  const page = await pages.open('editor', 1000);
  // A card well inside the window, so that editing it scrolls nothing.
  const id = await page.evaluate(() => {
    const inside = [...document.querySelectorAll<HTMLElement>('article[data-card-id]')].find(
      (card) => {
        const box = card.getBoundingClientRect();
        return box.top > 200 && box.bottom < innerHeight - 200 && box.left > 300;
      },
    );
    return inside?.dataset.cardId ?? '';
  });
  expect(id).not.toBe('');
  const card = page.locator(`article[data-card-id="${id}"]`);
  const text = (await card.getAttribute('aria-label')) ?? '';
  expect(text).toMatch(/\.$/);

  await card.dblclick();
  const field = page.getByRole('textbox', { name: 'Card text' });
  await expect.poll(() => field.count()).toBe(1);
  await settle(page);
  const before = await cardRenders(page);

  // The full stop becomes a comma (as wide): the card's text wraps as before.
  await field.press('Control+End');
  await field.press('Shift+ArrowLeft');
  await field.pressSequentially(',');
  const edited = `${text.slice(0, -1)},`;
  await expect.poll(() => page.getByRole('article', { name: edited }).count()).toBe(1);
  await settle(page);

  expect(await cardRenders(page)).toBe(before + 1);
  // The edit rendered nothing else either: a second look after more frames.
  await settle(page);
  expect(await cardRenders(page)).toBe(before + 1);
  await page.close();
});

test('a 3,000-card map puts only the cards in view into the DOM, and the ones panned to', async () => {
  const page = await pages.open('editor', 3000);
  const ids = await mountedIds(page);
  expect(ids.length).toBeGreaterThan(10);
  expect(ids.length).toBeLessThan(300);
  // Every card in the DOM is at least partly in the window.
  const outside = await page.evaluate(
    ({ width, height }) =>
      [...document.querySelectorAll('article[data-card-id]')].filter((card) => {
        const box = card.getBoundingClientRect();
        return box.bottom < 0 || box.top > height || box.right < 0 || box.left > width;
      }).length,
    WINDOW,
  );
  expect(outside).toBe(0);
  expect(await page.getByRole('article').count()).toBe(ids.length);

  // Panning down the map brings other cards in and takes the old ones out.
  await page.evaluate(() => window.canvasBench?.pan(1500, 800));
  await settle(page);
  const after = await mountedIds(page);
  expect(after.length).toBeLessThan(300);
  expect(after.filter((id) => !ids.includes(id)).length).toBeGreaterThan(10);
  expect(after.filter((id) => ids.includes(id)).length).toBeLessThan(ids.length);
  await page.close();
});
