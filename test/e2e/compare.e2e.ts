import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadMap } from '../../shared/load';
import { mergeMaps } from '../../shared/merge';
import type { JourneyMap } from '../../shared/model';
import { serializeMap } from '../../shared/serialize';
import { openApp, screenshot, type Session } from './harness/browser';

// Compare with a file in the browser edition: the map open is the newer version; the file
// picked with "Compare with…" is the older one. From old to new, "Reads reviews" moved from
// Interest to Purchase, "Delivery cost shown late" was removed, "Chat answers slowly" added
// and "Compares prices" edited. The File System Access pickers hand out OPFS files in turn.

const NEW_TEXT = readFileSync('test/fixtures/compare/new.journey.json', 'utf8');

/** The new fixture merged with "Chat answers slowly" edited differently on both sides. */
function conflicted(): string {
  const loaded = loadMap(NEW_TEXT);
  if (!loaded.ok) throw new Error('the fixture does not load');
  const base = loaded.map;
  const edited = (text: string): JourneyMap => ({
    ...base,
    cards: base.cards.map((card) => (card.id === 'chat' ? { ...card, text } : card)),
  });
  const merged = mergeMaps(base, edited('Chat is slow'), edited('Chat never answers'));
  if (!merged.ok) throw new Error('the merge failed');
  return serializeMap(merged.map);
}

const FILES = {
  'new.journey.json': NEW_TEXT,
  'old.journey.json': readFileSync('test/fixtures/compare/old.journey.json', 'utf8'),
  'merged.journey.json': conflicted(),
};

/** Open pickers that answer with the queued file names, one per call. */
function stubPickers(): void {
  const queue: string[] = [];
  Object.assign(window, {
    queuePick: (name: string) => queue.push(name),
    showOpenFilePicker: async () => {
      const name = queue.shift();
      if (!name) throw new DOMException('no file queued', 'AbortError');
      return [await (await navigator.storage.getDirectory()).getFileHandle(name)];
    },
    showSaveFilePicker: async () => {
      throw new DOMException('not used', 'AbortError');
    },
  });
}

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  await page.addInitScript(stubPickers);
  await page.reload();
  await page.evaluate(async (files) => {
    const directory = await navigator.storage.getDirectory();
    for (const [name, text] of Object.entries(files)) {
      const writable = await (
        await directory.getFileHandle(name, { create: true })
      ).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, FILES);
});
afterAll(async () => {
  await session?.close();
});

const card = (name: string): Locator => page.getByRole('article', { name, exact: true });

/** What a screen reader hears after an element's name: its aria-describedby texts. */
async function description(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id !== '')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

async function pick(name: string, button: string): Promise<void> {
  await page.evaluate(
    (file) => (window as unknown as { queuePick(n: string): void }).queuePick(file),
    name,
  );
  await page.getByRole('button', { name: button, exact: true }).first().click();
}

test('compare with a file: added, removed (ghost) and moved cards, the change list, stepping, leaving', async () => {
  await pick('new.journey.json', 'Open');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Online shop');
  expect(await card('Delivery cost shown late').count()).toBe(0);

  await pick('old.journey.json', 'Compare with…');
  const panel = page.getByRole('complementary', { name: 'Compare' });
  await expect.poll(() => panel.isVisible()).toBe(true);
  expect(await panel.getByRole('heading', { name: 'Compared with old.journey.json' }).count()).toBe(
    1,
  );

  // On the canvas: the removed card is back as a ghost, and each change says what it is.
  await expect.poll(() => card('Delivery cost shown late').count()).toBe(1);
  expect(await description(card('Delivery cost shown late'))).toBe('Removed');
  expect(await description(card('Chat answers slowly'))).toBe('Added');
  expect(await description(card('Reads reviews'))).toBe(
    'Moved: > card "Reads reviews" moved from Interest to Purchase',
  );
  expect(await description(card('Compares prices on three sites'))).toMatch(/^Changed: ~ card/);
  expect(await description(card('Sees an ad'))).toBe('');
  // Not colour alone: a ghost is drawn dashed and faded, every changed card has a badge.
  expect(await card('Delivery cost shown late').getAttribute('class')).toContain('is-ghost');
  expect(await page.locator('.js-compare-badge').count()).toBe(4);

  // The change list, in the reviewer's words.
  const list = panel.getByRole('list', { name: 'Changes' });
  // Each item: the status symbol (hidden from screen readers), then the words.
  const entries = await list.getByRole('listitem').allTextContents();
  expect(entries.map((entry) => entry.slice(1))).toEqual([
    '~ card "Compares prices" text "Compares prices" → "Compares prices on three sites"',
    '+ card "Chat answers slowly" in Pain points × Interest',
    '> card "Reads reviews" moved from Interest to Purchase',
    '- card "Delivery cost shown late" from Pain points × Purchase',
  ]);
  await screenshot(page, 'compare');

  // Stepping through the list selects each change's card in turn.
  const order = [
    'Compares prices on three sites',
    'Chat answers slowly',
    'Reads reviews',
    'Delivery cost shown late',
  ];
  for (const [index, name] of order.entries()) {
    await panel.getByRole('button', { name: 'Next change' }).click();
    await expect.poll(() => description(card(name))).toMatch(/Selected/);
    expect(await panel.getByText(`Change ${index + 1} of 4`).count()).toBe(1);
  }
  await page.keyboard.press('Shift+F8');
  await expect.poll(() => description(card('Reads reviews'))).toMatch(/Selected/);
  // A click on an entry selects its card too.
  await list.getByRole('button', { name: /Chat answers slowly/ }).click();
  await expect.poll(() => description(card('Chat answers slowly'))).toMatch(/Selected/);
  await screenshot(page, 'compare-stepped');

  // A view, not an edit: nothing to undo, nothing unsaved.
  expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
  expect(await page.getByText('Unsaved', { exact: false }).count()).toBe(0);

  // Leaving: the ghost goes, marks go, the side panel comes back.
  await panel.getByRole('button', { name: 'Leave compare' }).click();
  await expect.poll(() => card('Delivery cost shown late').count()).toBe(0);
  expect(await page.getByRole('complementary', { name: 'Compare' }).count()).toBe(0);
  expect(await page.getByRole('complementary', { name: 'Details' }).count()).toBe(1);
  expect(await page.locator('.js-compare-badge').count()).toBe(0);
  expect(await description(card('Reads reviews'))).not.toMatch(/Moved/);
});

test('merge conflicts are flagged on the canvas and decided with keep mine / theirs / both', async () => {
  await pick('merged.journey.json', 'Open');
  await expect.poll(() => card('Chat never answers').count()).toBe(1);
  // Both versions are on the map, each flagged with whose it is.
  expect(await description(card('Chat is slow'))).toBe('Merge conflict: my version');
  expect(await description(card('Chat never answers'))).toBe('Merge conflict: their version');
  const panel = page.getByRole('complementary', { name: 'Compare' });
  expect(await panel.getByRole('heading', { name: '1 merge conflict' }).count()).toBe(1);
  const conflict = panel.getByRole('group', {
    name: 'card "Chat is slow": text changed on both sides',
  });
  expect(await conflict.getByRole('button').allTextContents()).toEqual([
    'Keep mine',
    'Keep theirs',
    'Keep both',
  ]);
  await screenshot(page, 'compare-conflict');

  // Keep theirs: their text stays, in my card's place; the flags and the panel go.
  await conflict.getByRole('button', { name: 'Keep theirs' }).click();
  await expect.poll(() => card('Chat is slow').count()).toBe(0);
  expect(await card('Chat never answers').count()).toBe(1);
  expect(await description(card('Chat never answers'))).toBe('');
  expect(await page.getByRole('complementary', { name: 'Compare' }).count()).toBe(0);
  // Deciding is an edit: it can be undone, and the map has unsaved changes.
  expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(false);
});
