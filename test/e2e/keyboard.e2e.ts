import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { usePickers } from './editorHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// Keyboard only, no mouse event at all: open a template, add a pain point, reach its
// inspector and set its severity, reach the toolbar and export, by Tab, F6 and the
// shortcuts the `?` dialog lists. The map is no keyboard trap (WCAG 2.1.2).

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  // Any mouse event on the page fails the test: nothing here may need a pointer.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { mouseEvents: seen });
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'dblclick'])
      window.addEventListener(
        type,
        (event) => {
          // Enter on a button fires a click with no pointer (detail 0): that is the keyboard.
          if ((event as MouseEvent).detail > 0) seen.push(type);
        },
        true,
      );
  });
  // Export saves by download (no File System Access pickers), which the test can catch.
  await usePickers(page, 'none');
});
afterAll(async () => {
  await session?.close();
});

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses `key` until `target` has the focus; fails after `most` presses. */
async function pressUntil(target: Locator, key: string, most = 60): Promise<number> {
  for (let presses = 0; presses <= most; presses += 1) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the control`);
}

const canvasFocused = () =>
  page.evaluate(() => document.activeElement?.hasAttribute('data-canvas-root') ?? false);

test('a template, a pain point, its severity and an export, from the keyboard alone', async () => {
  await page.getByRole('heading', { name: 'Start a map' }).waitFor();
  await pressUntil(page.getByRole('button', { name: 'Customer journey map', exact: true }), 'Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Customer journey map' }).waitFor();

  // F6 cycles toolbar → map → side panel; the map is reached by it wherever the focus is.
  for (let i = 0; i < 3 && !(await canvasFocused()); i += 1) await page.keyboard.press('F6');
  expect(await canvasFocused()).toBe(true);
  const ring = await page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    return active.matches(':focus-visible') ? getComputedStyle(active).boxShadow : 'none';
  });
  expect(ring).not.toBe('none');

  // Tab to the first cell, down to the pain points, type: a card.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Hidden fees');
  await page.keyboard.press('Escape');
  const card = page.getByRole('article', { name: 'Hidden fees', exact: true });
  await card.waitFor();
  expect(await card.getAttribute('class')).toContain('is-selected');

  // Typing on the selected card types over it: one undo step brings the text back.
  await page.keyboard.type('Fees');
  await page.keyboard.press('Escape');
  await page.getByRole('article', { name: 'Fees', exact: true }).waitFor();
  await page.keyboard.press('Control+Z');
  await card.waitFor();

  // Alt+Enter: to the card's inspector; Tab to Severity, choose "High" by the arrows.
  await page.keyboard.press('Alt+Enter');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect.poll(() => panel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
  const severity = panel.getByRole('combobox', { name: 'Severity' });
  await pressUntil(severity, 'Tab', 20);
  for (let i = 0; i < 3 && (await severity.inputValue()) !== 'high'; i += 1)
    await page.keyboard.press('ArrowDown');
  expect(await severity.inputValue()).toBe('high');
  await screenshot(page, 'keyboard-inspector-severity');

  // Alt+Enter again: back to the map, the card still selected.
  await page.keyboard.press('Alt+Enter');
  expect(await canvasFocused()).toBe(true);
  expect(await card.getAttribute('class')).toContain('is-selected');

  // Shift+F6 reaches the toolbar; Tab to Export, Enter, and the dialog's Export downloads.
  await page.keyboard.press('Shift+F6');
  const toolbar = page.getByRole('toolbar', { name: 'Map tools' });
  await expect.poll(() => toolbar.evaluate((t) => t.contains(document.activeElement))).toBe(true);
  await pressUntil(toolbar.getByRole('button', { name: 'Export', exact: true }), 'Tab', 30);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  await pressUntil(dialog.getByRole('button', { name: 'Export', exact: true }), 'Tab', 60);
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  expect(await page.evaluate(() => (window as { mouseEvents?: string[] }).mouseEvents)).toEqual([]);
}, 120_000);

test('Tab past the last cell leaves the map; Shift+Tab comes back', async () => {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await pressUntil(dialog.getByRole('button', { name: 'Close', exact: true }).first(), 'Tab', 60);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  for (let i = 0; i < 3 && !(await canvasFocused()); i += 1) await page.keyboard.press('F6');
  // The last cell: Advocacy × Opportunities.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  expect(await canvasFocused()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.closest('aside') !== null)).toBe(true);
  // Back into the map (past React Flow's attribution link, the one stop inside it).
  for (let i = 0; i < 2 && !(await canvasFocused()); i += 1) await page.keyboard.press('Shift+Tab');
  expect(await canvasFocused()).toBe(true);
});
