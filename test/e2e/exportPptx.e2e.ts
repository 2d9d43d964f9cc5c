import { afterAll, beforeAll, expect, test } from 'vitest';
import { exportFile, run, startDialogPages, type DialogPages } from './exportHelpers';
import { screenshot } from './harness/browser';

// The export dialog making a PowerPoint deck of the classic template filled with Cyrillic,
// Polish and Persian cards; the saved file read with `unzip`, as any zip tool would.

let pages: DialogPages;
beforeAll(async () => {
  pages = await startDialogPages();
});
afterAll(async () => {
  await pages?.close();
});

test('PowerPoint in 4:3 from the dialog: a .pptx holding the slides, the map text in them', async () => {
  const page = await pages.open('scripts');
  await page.getByRole('radio', { name: 'PowerPoint presentation' }).check();
  const size = page.getByRole('combobox', { name: 'Slide size' });
  expect(await size.inputValue()).toBe('16:9');
  await size.selectOption({ label: 'Standard (4:3)' });
  await screenshot(page, 'export-dialog-pptx');
  const { file, bytes } = await exportFile(page, 'scripts-4x3.pptx');
  await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Saved .*\.pptx/);
  const saved = await page.evaluate(() =>
    (window as unknown as { savedExports: { mimeType: string }[] }).savedExports.at(-1),
  );
  expect(saved?.mimeType).toBe(
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  );

  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004'); // a zip
  const entries = run('unzip', ['-Z1', file]).split('\n');
  expect(entries).toContain('ppt/slides/slide1.xml');
  expect(entries).toContain('ppt/presentation.xml');
  // A 4:3 deck: 10 × 7.5 in, in EMU.
  expect(run('unzip', ['-p', file, 'ppt/presentation.xml'])).toContain(
    '<p:sldSz cx="9144000" cy="6858000"',
  );
  // The map slide's table holds the stage names and the cards as text.
  const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e));
  const xml = slides.map((s) => run('unzip', ['-p', file, s])).join('\n');
  for (const text of ['Awareness', 'Advocacy', 'Клієнт шукає доставку', 'Zażółć gęślą jaźń']) {
    expect(xml).toContain(`<a:t>${text}</a:t>`);
  }
  await page.close();
});
