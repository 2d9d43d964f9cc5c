import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pickTemplate, usePickers } from './editorHelpers';
import { pdfInfo, plain, run } from './exportHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// The export dialog opened from the editor's toolbar, exporting the map being edited as a
// PDF (a download in a browser without the File System Access API), read back with poppler.

let session: Session;
beforeAll(async () => {
  session = await openApp();
  await usePickers(session.page, 'none');
});
afterAll(async () => {
  await session.close();
});

test('Export in the toolbar opens the dialog and downloads a PDF of the map being edited', async () => {
  const { page } = session;
  await pickTemplate(page, 'Customer journey map');
  await page.getByRole('button', { name: 'Add card', exact: true }).click();
  await page.keyboard.type('Compares delivery prices');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: 'PDF document' }).check();
  await screenshot(page, 'export-dialog');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const dir = path.resolve('test-results/exports');
  mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, 'editor-export.pdf');
  copyFileSync(await file.path(), pdf);

  const info = pdfInfo(pdf);
  expect(info.Title).toBe('Customer journey map');
  expect(Number(info.Pages)).toBeGreaterThanOrEqual(1);
  const text = plain(run('pdftotext', [pdf, '-']));
  expect(text).toContain('Compares delivery prices');
  for (const stage of [
    'Awareness',
    'Interest',
    'Consideration',
    'Purchase',
    'Loyalty',
    'Advocacy',
  ]) {
    expect(text).toContain(stage);
  }

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  expect(await page.getByRole('dialog').count()).toBe(0);
  expect(session.errors).toEqual([]);
});
