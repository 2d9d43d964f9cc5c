import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type Session } from './harness/browser';

// The gallery's Examples open the Russian online store as a new map; its review date
// (2026-11-16) has passed on the day the page's clock is set to, so the reminder shows;
// "Reviewed — next in 3 months" moves the date on in one undoable step.

const STORE = 'Интернет-магазин товаров для дома: путь покупателя';
const REVIEWED = 'Reviewed — next in 3 months';

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  // The review reads the page's clock (renderer/review/today.ts): 1 December 2026, local time.
  await page.clock.setFixedTime(new Date(2026, 11, 1, 10, 0));
  await page.reload();
});
afterAll(async () => {
  await session?.close();
});

const reminder = () => page.getByRole('status').getByText(/due for review/);
const reviewField = () => page.getByLabel('Next review', { exact: true });

test('the Examples section opens the Russian store as a new map, in Russian', async () => {
  const examples = page.getByRole('list', { name: 'Examples' });
  await expect.poll(() => examples.getByRole('button').count()).toBe(3);
  const store = examples.getByRole('button', { name: STORE });
  // The card says which language the example is written in: examples are not translated.
  await expect.poll(() => store.textContent()).toContain('Language: Русский');
  await screenshot(page, 'gallery-examples');
  await store.click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(STORE);
  await expect.poll(() => page.getByText('Повторная покупка').count()).toBeGreaterThan(0);
});

test('the overdue review shows a reminder; Reviewed moves it on 3 months, Undo brings it back', async () => {
  await expect
    .poll(() => reminder().textContent())
    .toBe('This map was due for review on November 16, 2026: check it against the latest numbers.');
  await expect.poll(() => reviewField().inputValue()).toBe('2026-11-16');
  await expect.poll(() => page.getByText('Overdue by 15 days').count()).toBe(1);
  await screenshot(page, 'review-reminder');

  await page.getByRole('status').getByRole('button', { name: REVIEWED }).click();
  await expect.poll(() => reminder().count()).toBe(0);
  await expect.poll(() => reviewField().inputValue()).toBe('2027-03-01');
  await expect.poll(() => page.getByText('Next review on March 1, 2027.').count()).toBe(1);
  await expect.poll(() => page.getByText('In 90 days').count()).toBe(1);

  // One undo step restores the date, and with it the reminder.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => reviewField().inputValue()).toBe('2026-11-16');
  await expect.poll(() => reminder().count()).toBe(1);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect.poll(() => reminder().count()).toBe(0);
});

test('no reminder when the review is scheduled later or not at all', async () => {
  await reviewField().fill('2027-06-01');
  await expect.poll(() => reminder().count()).toBe(0);
  await reviewField().fill('');
  await expect.poll(() => page.getByText('No review scheduled').count()).toBe(1);
  await expect.poll(() => reminder().count()).toBe(0);
  // A date within the next 14 days is due: the reminder says so.
  await reviewField().fill('2026-12-10');
  await expect
    .poll(() => reminder().textContent())
    .toBe('This map is due for review on December 10, 2026: check it against the latest numbers.');
  expect(session.errors).toEqual([]);
});
