import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type Session } from './harness/browser';

let session: Session;
beforeAll(async () => {
  session = await openApp();
});
afterAll(async () => {
  await session.close();
});

test('the browser edition starts with the template gallery and opens the classic template', async () => {
  const { page } = session;
  const classic = page.getByRole('button', { name: 'Customer journey map', exact: true });
  await classic.waitFor();
  await screenshot(page, 'smoke-start');
  await classic.click();

  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Customer journey map');
  const stageNames = page.getByRole('textbox', { name: 'Stage name', exact: true });
  await expect
    .poll(() =>
      stageNames.evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value)),
    )
    .toEqual(['Awareness', 'Interest', 'Consideration', 'Purchase', 'Loyalty', 'Advocacy']);
  for (const name of [
    'Add stage',
    'Add lane',
    'Add card',
    'Undo',
    'Redo',
    'Zoom to fit',
    'Export',
    'New map',
    'Open',
    'Save',
  ]) {
    expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
  }
  await screenshot(page, 'smoke-classic');
  expect(session.errors).toEqual([]);
});
