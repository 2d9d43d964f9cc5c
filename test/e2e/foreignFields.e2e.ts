import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { announcement, placeFileForOpen, readOpfsFile, usePickers } from './editorHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// A map written by another tool (a CRM export) carries fields of its own: opened in the
// browser edition, edited and saved, the file still has them, where the app puts them.

const FILE = 'from-crm.journey.json';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The classic template with two cards, a CRM id on the map and on one card, no `order`. */
function crmMap(): string {
  const doc = JSON.parse(readFileSync('templates/01-classic.journey.json', 'utf8')) as Record<
    string,
    unknown
  >;
  doc.title = 'From the CRM';
  doc['x-crm-id'] = 'JOURNEY-42';
  doc.cards = [
    {
      id: 'crm-1',
      laneId: 'actions',
      stageId: 'awareness',
      text: 'Sees the advert',
      'x-crm-id': 'TOUCH-7',
    },
    { id: 'crm-2', laneId: 'actions', stageId: 'interest', text: 'Compares prices' },
  ];
  return JSON.stringify(doc, null, 2);
}

test('fields of other tools survive open, edit and save in the browser edition', async () => {
  session = await openApp();
  const { page } = session;
  await usePickers(page, 'opfs');
  // The file is there, as if another program wrote it; Open picks it.
  await placeFileForOpen(page, FILE, crmMap());
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'From the CRM' }).waitFor();

  // Edit the card that carries the CRM id: select it, Enter, new text.
  await page.getByRole('article', { name: 'Sees the advert' }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Sees the advert twice');
  await page.keyboard.press('Escape');
  await page.getByRole('article', { name: 'Sees the advert twice' }).waitFor();
  await screenshot(page, 'foreign-fields-edited');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => announcement(page)).toBe(`Saved ${FILE}`);
  const saved = await readOpfsFile(page, FILE);
  const map = JSON.parse(saved) as Record<string, unknown> & {
    cards: Record<string, unknown>[];
  };
  expect(map['x-crm-id']).toBe('JOURNEY-42');
  expect(map.cards.find((c) => c.id === 'crm-1')).toMatchObject({
    text: 'Sees the advert twice',
    'x-crm-id': 'TOUCH-7',
  });
  // Written after the fields the app knows: the map's as its last key, the card's likewise.
  expect(Object.keys(map).at(-1)).toBe('x-crm-id');
  expect(saved).toContain('"text": "Sees the advert twice",\n      "x-crm-id": "TOUCH-7"\n');
  // The cards got order keys on load (a repair), and the file has them now.
  expect(map.cards.map((c) => c.order)).toEqual(['a0', 'a0']);
  expect(session.errors).toEqual([]);
});
