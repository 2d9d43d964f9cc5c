import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type Session } from './harness/browser';

let session: Session;
beforeAll(async () => {
  session = await openApp();
});
afterAll(async () => {
  await session.close();
});

test('the browser edition opens and shows the classic template', async () => {
  const { page } = session;
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Customer journey map');
  for (const stage of [
    'Awareness',
    'Interest',
    'Consideration',
    'Purchase',
    'Loyalty',
    'Advocacy',
  ]) {
    expect(await page.getByText(stage, { exact: true }).count()).toBeGreaterThan(0);
  }
  await screenshot(page, 'smoke');
  expect(session.errors).toEqual([]);
});
