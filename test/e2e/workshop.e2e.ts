import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type Session } from './harness/browser';

// Workshop mode in the browser edition: a room votes on pain points, sorts them by votes,
// saves the map (File System Access API pickers stubbed with a file in the origin private
// file system), reopens it and finds the votes and who has how many left.

const FILE = 'workshop.journey.json';

/** File pickers that hand out one file in the origin private file system. */
function stubPickers(name: string): void {
  const handle = async () =>
    (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
  Object.assign(window, {
    showSaveFilePicker: handle,
    showOpenFilePicker: async () => [await handle()],
  });
}

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  await page.addInitScript(stubPickers, FILE);
  await page.reload();
});
afterAll(async () => {
  await session?.close();
});

const PAINS = ['Long wait on the phone', 'Hidden fees', 'Form asks twice'];
const card = (name: string): Locator => page.getByRole('article', { name, exact: true });

/** The pain points' texts from top to bottom as the canvas shows them. */
async function painOrder(): Promise<string[]> {
  const boxes = await Promise.all(
    PAINS.map(async (name) => ({ name, y: (await card(name).boundingBox())?.y ?? Number.NaN })),
  );
  return boxes.sort((a, b) => a.y - b.y).map((b) => b.name);
}

test('workshop mode: three votes on pain points, sort, save, reopen, votes kept', async () => {
  await page.getByRole('button', { name: 'Customer journey map' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Customer journey map');

  // Three pain points in the Interest stage, from the keyboard.
  await page.locator('[data-lane-id="pain-points"][data-stage-id="interest"]').dblclick();
  await page.keyboard.type(PAINS[0] ?? '');
  await page.keyboard.press('Enter');
  await page.keyboard.type(PAINS[1] ?? '');
  await page.keyboard.press('Enter');
  await page.keyboard.type(PAINS[2] ?? '');
  await page.keyboard.press('Escape');
  for (const name of PAINS) await expect.poll(() => card(name).count()).toBe(1);

  // Into workshop mode: the toolbar and side panel go, the workshop's controls come.
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  const controls = page.getByRole('region', { name: 'Workshop controls' });
  await expect.poll(() => controls.isVisible()).toBe(true);
  expect(await page.getByRole('toolbar', { name: 'Map tools' }).count()).toBe(0);

  // Anna and Ben take part, five votes each; Anna votes.
  await page.getByRole('button', { name: 'Participants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  for (const name of ['Anna', 'Ben']) {
    await dialog.getByLabel('New participant’s name').fill(name);
    await dialog.getByRole('button', { name: 'Add participant' }).click();
  }
  expect(await dialog.getByLabel('Votes per participant').inputValue()).toBe('5');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Who is voting').selectOption({ label: 'Anna' });
  await page.getByRole('button', { name: 'Vote on cards' }).click();
  expect(
    await page.getByRole('button', { name: 'Vote on cards' }).getAttribute('aria-pressed'),
  ).toBe('true');

  // The arrows step to the Interest stage (the first press shows Awareness).
  await page.getByRole('button', { name: 'Vote on cards' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.getByRole('heading', { name: 'Stage 2 of 6: Interest' }).count())
    .toBe(1);

  // Three votes: two for the form, one for the fees.
  // Down to the pain points (the stage in focus is zoomed for the room).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => {
    const card = [...document.querySelectorAll('article')].find(
      (a) => a.ariaLabel === 'Form asks twice',
    );
    const bar = document.querySelector('.js-workshop-bottom');
    return card && bar && card.getBoundingClientRect().bottom < bar.getBoundingClientRect().top;
  });
  const before = await painOrder();
  expect(before).toEqual(PAINS);
  await page.getByRole('button', { name: `Vote for “${PAINS[2]}”` }).click();
  await page.getByRole('button', { name: `Vote for “${PAINS[2]}”` }).click();
  await page.getByRole('button', { name: `Vote for “${PAINS[1]}”` }).click();
  await expect
    .poll(() =>
      card(PAINS[2] ?? '')
        .getByRole('img', { name: '2 votes' })
        .count(),
    )
    .toBe(1);
  expect(
    await card(PAINS[1] ?? '')
      .getByRole('img', { name: '1 vote' })
      .count(),
  ).toBe(1);
  expect(await page.getByText('Anna: 2 of 5 votes left').count()).toBe(1);

  // Most votes first: a view; the most voted card comes first in its cell.
  await page.getByRole('button', { name: 'Most votes first (view only)' }).click();
  await expect.poll(painOrder).toEqual([PAINS[2], PAINS[1], PAINS[0]]);
  // Only voted cards: the card without votes goes.
  await page.getByLabel('Show').selectOption({ label: 'Only voted cards' });
  await expect.poll(() => card(PAINS[0] ?? '').count()).toBe(0);
  await page.getByLabel('Show').selectOption({ label: 'All cards' });
  await expect.poll(() => card(PAINS[0] ?? '').count()).toBe(1);

  // A timebox that runs out (the page's clock moved on rather than waited for).
  await page.clock.install();
  await page.getByLabel('Minutes').fill('1');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect
    .poll(() => page.getByRole('timer', { name: 'Time left' }).textContent())
    .toMatch(/^[01]:\d\d$/);
  await screenshot(page, 'workshop-mode');
  await page.clock.fastForward('01:05');
  await expect.poll(() => page.getByText('Time is up').count()).toBe(1);
  await screenshot(page, 'workshop-time-up');

  // Esc leaves; the editor's toolbar is back; save.
  await page.getByRole('heading', { name: 'Stage 2 of 6: Interest' }).click();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('toolbar', { name: 'Map tools' }).count()).toBe(1);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByText('Unsaved changes').count()).toBe(0);
  const saved = await page.evaluate(async (name) => {
    const dir = await navigator.storage.getDirectory();
    return (await (await dir.getFileHandle(name)).getFile()).text();
  }, FILE);
  const file = JSON.parse(saved) as {
    cards: { text: string; order: string; votes?: number }[];
    workshop: { votesPerParticipant: number; participants: { name: string; votes: unknown[] }[] };
  };
  expect(file.workshop.participants.map((p) => p.name)).toEqual(['Anna', 'Ben']);
  expect(file.cards.find((c) => c.text === PAINS[2])).toMatchObject({ votes: 2, order: 'a2' });

  // Reload, open the file: the votes are there, and Anna still has two left.
  await page.reload();
  await page.getByRole('button', { name: 'Open a file' }).click();
  for (const name of PAINS) await expect.poll(() => card(name).count()).toBe(1);
  expect(
    await card(PAINS[2] ?? '')
      .getByRole('img', { name: '2 votes' })
      .count(),
  ).toBe(1);
  expect(
    await card(PAINS[1] ?? '')
      .getByRole('img', { name: '1 vote' })
      .count(),
  ).toBe(1);
  // Sorting was a view: the file kept its order.
  expect(await painOrder()).toEqual(PAINS);
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  await page.getByLabel('Who is voting').selectOption({ label: 'Anna' });
  await expect.poll(() => page.getByText('Anna: 2 of 5 votes left').count()).toBe(1);
  await page.getByLabel('Who is voting').selectOption({ label: 'Ben' });
  await expect.poll(() => page.getByText('Ben: 5 of 5 votes left').count()).toBe(1);

  // "Reorder the map by votes" rewrites the order, as one undoable step.
  await page.getByRole('button', { name: 'Reorder the map by votes' }).click();
  await expect.poll(painOrder).toEqual([PAINS[2], PAINS[1], PAINS[0]]);
  await page.keyboard.press('Control+z');
  await expect.poll(painOrder).toEqual(PAINS);
  expect(session.errors).toEqual([]);
});
