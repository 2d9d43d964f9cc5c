import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  announcement,
  cardNames,
  curveOf,
  dragTo,
  pickTemplate,
  placeOf,
  readOpfsFile,
  stageNames,
  usePickers,
} from './editorHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// The walk-through in the browser edition: a map built from the keyboard and the
// mouse, undone and redone step by step, saved, reloaded and found again.

let session: Session;
beforeAll(async () => {
  session = await openApp();
  await usePickers(session.page, 'opfs');
});
afterAll(async () => {
  await session.close();
});

const CLASSIC = 'Customer journey map';
const FILE = 'customer-journey-map.journey.json';

/** What the canvas shows, compared step by step during undo and redo (the curve is named after its persona). */
async function snapshot() {
  const { page } = session;
  return {
    ad: await placeOf(page, 'Sees an ad'),
    curve: await curveOf(page, 'Curious'),
  };
}

test('build a map from the gallery with the keyboard and the mouse, undo and redo, save, reload', async () => {
  const { page } = session;
  await pickTemplate(page, CLASSIC);

  // Rename a stage in its header.
  const first = page.getByRole('textbox', { name: 'Stage name', exact: true }).first();
  await first.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Discovery');
  await page.keyboard.press('Enter');
  expect((await stageNames(page))[0]).toBe('Discovery');

  // Three cards in three lanes, from the keyboard only: Tab to the first cell, Enter to add,
  // type, Esc; the arrows move down the lanes.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Searches for options');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sees an ad');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 2; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Curious');
  await page.keyboard.press('Escape');
  expect(await cardNames(page)).toEqual(['Searches for options', 'Sees an ad', 'Curious']);
  expect(await placeOf(page, 'Searches for options')).toBe('Customer actions × Discovery');
  expect(await placeOf(page, 'Sees an ad')).toBe('Touchpoints × Discovery');
  expect(await placeOf(page, 'Curious')).toBe('Emotions × Discovery');
  expect(await announcement(page)).toBe('Card added in Emotions, Discovery');
  await screenshot(page, 'editor-three-cards');

  // Typing a card is one undo step: one Undo takes the whole card away, one Redo brings it back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  expect(await cardNames(page)).toEqual(['Searches for options', 'Sees an ad']);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  expect(await cardNames(page)).toEqual(['Searches for options', 'Sees an ad', 'Curious']);

  // Drag a card to another stage with the mouse: it snaps into that stage's cell.
  const states = [await snapshot()];
  const card = await page.getByRole('article', { name: 'Sees an ad' }).boundingBox();
  const interest = await page
    .getByRole('textbox', { name: 'Stage name', exact: true })
    .nth(1)
    .boundingBox();
  if (!card || !interest) throw new Error('card or stage header not on screen');
  await dragTo(page, card, { x: interest.x + interest.width / 2, y: card.y + card.height / 2 });
  await expect.poll(() => placeOf(page, 'Sees an ad')).toBe('Touchpoints × Interest');
  expect(await announcement(page)).toBe('Card moved to Touchpoints, Interest');
  states.push(await snapshot());

  // An emotion score moves the curve's point up.
  await page.getByRole('article', { name: 'Curious' }).click();
  await page.getByRole('combobox', { name: 'Emotion score' }).selectOption('2');
  const scored = await curveOf(page, 'Curious');
  expect(scored.score).toBe('2');
  expect(scored.path).not.toBe(states[1]?.curve.path);
  expect(scored.pointY).toBeLessThan(states[1]?.curve.pointY ?? 0);
  states.push(await snapshot());

  // A persona.
  await page.getByRole('tab', { name: 'Personas' }).click();
  await page.getByRole('button', { name: 'Add persona' }).click();
  await expect.poll(() => page.getByRole('region', { name: 'Persona 1' }).count()).toBe(1);
  // Its name is ready to type over.
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
    'Persona 1',
  );
  states.push(await snapshot());
  expect(states[2]?.curve.label).not.toContain('Persona 1');
  expect(states[3]?.curve.label).toBe('Emotion curve of Persona 1');
  await screenshot(page, 'editor-built');

  // Undo three times, then redo three times: the canvas shows each step again.
  for (const expected of [states[2], states[1], states[0]]) {
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(await snapshot()).toEqual(expected);
  }
  expect(await announcement(page)).toBe('Undone: Move cards');
  for (const expected of [states[1], states[2], states[3]]) {
    await page.keyboard.press('Shift+Control+Z');
    expect(await snapshot()).toEqual(expected);
  }
  expect(await announcement(page)).toBe('Redone: Add persona');

  // Save (the picker gives a file of the origin's private file system): no more unsaved marker.
  await expect(page.getByText('Unsaved changes').count()).resolves.toBe(1);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => announcement(page)).toBe(`Saved ${FILE}`);
  expect(await page.getByText('Unsaved changes').count()).toBe(0);
  const saved = JSON.parse(await readOpfsFile(page, FILE)) as {
    stages: { name: string }[];
    cards: { text: string; score?: number }[];
    personas: { name: string }[];
  };
  expect(saved.stages[0]?.name).toBe('Discovery');
  expect(saved.cards.map((c) => c.text).sort()).toEqual([
    'Curious',
    'Searches for options',
    'Sees an ad',
  ]);
  expect(saved.personas.map((p) => p.name)).toEqual(['Persona 1']);

  // Reload: nothing to restore (it was saved); Open finds everything.
  await page.reload();
  await page.getByRole('button', { name: CLASSIC, exact: true }).waitFor();
  expect(await page.getByRole('dialog').count()).toBe(0);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: CLASSIC }).waitFor();
  expect(await stageNames(page)).toEqual([
    'Discovery',
    'Interest',
    'Consideration',
    'Purchase',
    'Loyalty',
    'Advocacy',
  ]);
  expect(await snapshot()).toEqual(states[3]);
  expect(await placeOf(page, 'Searches for options')).toBe('Customer actions × Discovery');
  await page.getByRole('tab', { name: 'Personas' }).click();
  expect(await page.getByRole('region', { name: 'Persona 1' }).count()).toBe(1);
  await screenshot(page, 'editor-reopened');
  expect(session.errors).toEqual([]);
});

test('copy and paste (JSON and plain text), duplicate, delete and undo from the keyboard', async () => {
  const { page, context } = session;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const count = async (name: string) => (await cardNames(page)).filter((n) => n === name).length;
  await page.getByRole('article', { name: 'Searches for options' }).click();
  await page.getByRole('article', { name: 'Sees an ad' }).click({ modifiers: ['Control'] });
  await page.keyboard.press('Control+C');
  // Other programs get one line a card; this app's own type carries the cards as JSON.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Searches for options\nSees an ad',
  );

  // Paste into another cell: Esc clears the selection, Tab and the arrows pick the cell.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await page.evaluate(() =>
    document.addEventListener(
      'paste',
      (event) => Object.assign(window, { pastedTypes: [...(event.clipboardData?.types ?? [])] }),
      { capture: true, once: true },
    ),
  );
  await page.keyboard.press('Control+V');
  await expect.poll(() => count('Sees an ad')).toBe(2);
  expect(await page.evaluate(() => (window as { pastedTypes?: string[] }).pastedTypes)).toEqual(
    expect.arrayContaining(['text/plain', 'application/json']),
  );
  expect(await count('Searches for options')).toBe(2);
  expect(await announcement(page)).toBe('2 cards pasted');
  const pasted = page.locator('article[aria-describedby="js-selected-card-description"]');
  expect(await pasted.count()).toBe(2);

  await page.keyboard.press('Control+D');
  await expect.poll(() => count('Sees an ad')).toBe(3);
  expect(await announcement(page)).toBe('2 cards duplicated');
  await page.keyboard.press('Delete');
  await expect.poll(() => count('Sees an ad')).toBe(2);
  expect(await announcement(page)).toBe('2 cards deleted');
  await page.keyboard.press('Control+Z');
  await expect.poll(() => count('Sees an ad')).toBe(3);
  await screenshot(page, 'editor-pasted');

  // `?` lists every shortcut.
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  expect(await help.getByText('Duplicate', { exact: true }).count()).toBe(1);
  await page.keyboard.press('Escape');
  expect(await page.getByRole('dialog').count()).toBe(0);
  expect(session.errors).toEqual([]);
});
