import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import {
  announcement,
  cardNames,
  pickTemplate,
  readOpfsFile,
  usePickers,
  writeOpfsFile,
} from './editorHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// Saving and opening in the browser edition: the download fallback, a file changed on disk
// behind the editor's back, and unsaved work restored after the page went away.

const BLANK = 'Untitled journey map';
const FILE = 'untitled-journey-map.journey.json';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Adds a card to the first cell from the keyboard. */
async function addCard(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Add card', exact: true }).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

test('without the File System Access API, Save downloads the map', async () => {
  session = await openApp();
  const { page } = session;
  await usePickers(page, 'none');
  await pickTemplate(page, BLANK);
  await addCard(page, 'Downloaded card');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(FILE);
  const map = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    format: string;
    title: string;
    cards: { text: string }[];
  };
  expect(map.format).toBe('journey-map');
  expect(map.title).toBe(BLANK);
  expect(map.cards.map((c) => c.text)).toEqual(['Downloaded card']);
  expect(await page.getByText('Unsaved changes').count()).toBe(0);
  expect(session.errors).toEqual([]);
});

/** Someone else's edit of the saved file: the title changed. */
async function changeOnDisk(page: Page, name: string, title: string): Promise<void> {
  const theirs = JSON.parse(await readOpfsFile(page, name)) as { title: string };
  theirs.title = title;
  await writeOpfsFile(page, name, `${JSON.stringify(theirs, null, 2)}\n`);
}

/**
 * Unsaved work, then a new version on disk: the editor notices it (it polls the file) and
 * asks; the answer is `choice`. (Saving first would ask the same question.)
 */
async function conflict(page: Page, card: string, title: string, choice: string): Promise<void> {
  await addCard(page, card);
  await changeOnDisk(page, FILE, title);
  const prompt = page.getByRole('dialog', { name: 'The file changed on disk' });
  await prompt.waitFor();
  expect(await prompt.getByRole('button').allTextContents()).toEqual([
    'Load their version',
    'Keep mine as a new file…',
    'Overwrite theirs',
  ]);
  await screenshot(page, 'files-conflict');
  await prompt.getByRole('button', { name: choice, exact: true }).click();
}

test('a file changed on disk behind the editor: load theirs, keep mine as a new file, or overwrite', async () => {
  session = await openApp();
  const { page } = session;
  await usePickers(page, 'opfs');
  await pickTemplate(page, BLANK);
  await addCard(page, 'First');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => announcement(page)).toBe(`Saved ${FILE}`);

  // Overwrite: the file holds mine, their title is gone.
  await conflict(page, 'Second', 'Their title', 'Overwrite theirs');
  await expect.poll(() => announcement(page)).toBe(`Saved ${FILE}`);
  const overwritten = JSON.parse(await readOpfsFile(page, FILE)) as { title: string };
  expect(overwritten.title).toBe(BLANK);

  // Load theirs: the editor shows their map (their title, without my unsaved card).
  await conflict(page, 'Third', 'Their title', 'Load their version');
  await page.getByRole('heading', { level: 1, name: 'Their title' }).waitFor();
  expect(await cardNames(page)).toEqual(['First', 'Second']);

  // Keep mine as a new file: mine goes to a second file, theirs stays as it is.
  await conflict(page, 'Fourth', 'Their second title', 'Keep mine as a new file…');
  await expect.poll(() => announcement(page)).toBe(`Saved 2-${FILE}`);
  const mine = JSON.parse(await readOpfsFile(page, `2-${FILE}`)) as {
    title: string;
    cards: { text: string }[];
  };
  expect(mine.title).toBe('Their title');
  expect(mine.cards.map((c) => c.text)).toEqual(['First', 'Second', 'Fourth']);
  const theirs = JSON.parse(await readOpfsFile(page, FILE)) as { title: string };
  expect(theirs.title).toBe('Their second title');
  expect(session.errors).toEqual([]);
});

test('unsaved work survives a reload: the editor offers to restore it', async () => {
  session = await openApp();
  const { page } = session;
  await pickTemplate(page, BLANK);
  await addCard(page, 'Not saved yet');
  // The recovery copy is written a couple of seconds after the edit.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('journey-studio-recovery');
              open.onsuccess = () => {
                const count = open.result.transaction('entries').objectStore('entries').count();
                count.onsuccess = () => resolve(count.result);
              };
              open.onerror = () => resolve(0);
            }),
        ),
      { timeout: 10_000 },
    )
    .toBe(1);
  await page.reload();
  const offer = page.getByRole('dialog', { name: 'Restore unsaved work?' });
  await offer.waitFor();
  await screenshot(page, 'files-restore');
  await offer.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: BLANK }).waitFor();
  expect(await cardNames(page)).toEqual(['Not saved yet']);
  expect(await page.getByText('Unsaved changes').count()).toBe(1);
  expect(session.errors).toEqual([]);
});
