import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { placeFileForOpen, readOpfsFile, usePickers } from './editorHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// The cards table in the browser edition: File > Export… writes a CSV, File > Import… adds
// a workshop's ideas from a CSV to the open map as one undo step.

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The classic template with two cards, one of them a formula-like text. */
function workshopMap(): string {
  const doc = JSON.parse(readFileSync('templates/01-classic.journey.json', 'utf8')) as Record<
    string,
    unknown
  >;
  doc.title = 'Workshop';
  doc.cards = [
    { id: 'c1', laneId: 'actions', stageId: 'awareness', order: 'a0', text: 'Sees the advert' },
    { id: 'c2', laneId: 'thoughts', stageId: 'purchase', order: 'a0', text: '=1+2 is a price?' },
  ];
  return JSON.stringify(doc, null, 2);
}

const STAGES = ['Awareness', 'Interest', 'Consideration', 'Purchase', 'Loyalty', 'Advocacy'];

/** 30 ideas as a workshop's spreadsheet holds them: five per stage, some with votes. */
function ideasCsv(): string {
  const rows = Array.from({ length: 30 }, (_, i) => {
    const stage = STAGES[i % STAGES.length] ?? '';
    return `${stage.toLowerCase()};Opportunities;Idea ${i + 1};${i % 4}`;
  });
  return `Stage;Lane;Text;Votes\r\n${rows.join('\r\n')}\r\n`;
}

async function openWorkshop(current: Session): Promise<void> {
  const { page } = current;
  await usePickers(page, 'opfs');
  await placeFileForOpen(page, 'workshop.journey.json', workshopMap());
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
}

test('the export dialog saves the cards as a CSV that Excel reads as text', async () => {
  session = await openApp();
  const { page } = session;
  await openWorkshop(session);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Cards as CSV' }).check();
  await screenshot(page, 'cards-table-export-dialog');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('status').getByText('Saved Workshop.csv.').waitFor();

  // UTF-8 with a byte-order mark (Excel reads it as UTF-8 then); `text()` drops the mark.
  const head = await page.evaluate(async () => {
    const directory = await navigator.storage.getDirectory();
    const file = await (await directory.getFileHandle('Workshop.csv')).getFile();
    return [...new Uint8Array(await file.slice(0, 3).arrayBuffer())];
  });
  expect(head).toEqual([0xef, 0xbb, 0xbf]);
  const text = await readOpfsFile(page, 'Workshop.csv');
  expect(text.split('\r\n')).toEqual([
    'stage,lane,laneKind,text,color,evidence,evidenceSource,score,persona,channel,severity,priority,metricValue,metricTarget,votes',
    'Awareness,Customer actions,actions,Sees the advert,,,,,,,,,,,',
    // The formula-like text is written with an apostrophe: a spreadsheet shows it as text.
    "Purchase,Thoughts,thoughts,'=1+2 is a price?,,,,,,,,,,,",
    '',
  ]);

  // Mermaid lists what it cannot show before anything is exported.
  await dialog.getByRole('radio', { name: 'Mermaid journey diagram' }).check();
  await expect
    .poll(() => dialog.getByRole('note', { name: 'What Mermaid cannot show:' }).textContent())
    .toMatch(/Thoughts/);
  expect(session.errors).toEqual([]);
});

test('File > Import adds 30 ideas from a CSV to the open map; one Undo takes them out', async () => {
  session = await openApp();
  const { page } = session;
  await openWorkshop(session);
  const ideas = page.getByRole('article', { name: /^Idea \d+$/ });
  expect(await ideas.count()).toBe(0);

  await placeFileForOpen(page, 'ideas.csv', ideasCsv());
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  const prompt = page.getByRole('dialog', { name: 'Import cards' });
  await prompt.getByText('Add the 30 cards of “ideas.csv” to this map').waitFor();
  await prompt.getByRole('button', { name: 'Add to this map' }).click();

  await expect.poll(() => ideas.count()).toBe(30);
  await page.getByText('30 cards were imported from “ideas.csv”.', { exact: false }).waitFor();
  await screenshot(page, 'cards-table-imported');
  // The other cards are still there, and the ideas landed in their stages.
  await page.getByRole('article', { name: 'Sees the advert' }).waitFor();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => ideas.count()).toBe(0);
  await page.getByRole('article', { name: 'Sees the advert' }).waitFor();
  expect(session.errors).toEqual([]);
});

test('File > Import opens a Mermaid journey as a new, unsaved map', async () => {
  session = await openApp();
  const { page } = session;
  await openWorkshop(session);
  const diagram = readFileSync('test/fixtures/mermaid/working-day.mmd', 'utf8');
  await placeFileForOpen(page, 'day.mmd', diagram);
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My working day' }).waitFor();
  // The action card, and the emotion point of the same text.
  await page.getByRole('article', { name: 'Make tea' }).first().waitFor();
  await page.getByText('“day.mmd” was imported as a new map.').waitFor();
  expect(session.errors).toEqual([]);
});
