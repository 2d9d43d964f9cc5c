import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type Session } from './harness/browser';

// Workshop mode from the back of a room, on a 1920×1080 projector: card text at least 28 px
// as seen (font size × zoom) with one stage in focus and 16 px with all six stages, the
// lanes being voted on in view, lane names visible, the bottom bar on one row at 1,600 px,
// the ranking of the most-voted cards, and a participant told when out of votes.

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  await page.setViewportSize({ width: 1920, height: 1080 });
});
afterAll(async () => {
  await session?.close();
});

const PAINS = ['Long wait on the phone', 'Hidden fees'];
const IDEAS = ['Call-back instead of hold', 'Price shown up front'];

/** Types cards into a cell from the keyboard (double-click adds the first). */
async function addCards(lane: string, stage: string, texts: readonly string[]): Promise<void> {
  await page.locator(`[data-lane-id="${lane}"][data-stage-id="${stage}"]`).dblclick();
  for (const [i, text] of texts.entries()) {
    await page.keyboard.type(text);
    await page.keyboard.press(i === texts.length - 1 ? 'Escape' : 'Enter');
  }
}

/** The smallest card text on screen as seen: font size × the canvas's zoom, in px. */
async function smallestCardText(): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? 1);
    const sizes = [...document.querySelectorAll<HTMLElement>('article.js-card > .js-text > span')]
      .filter((span) => {
        const r = span.getBoundingClientRect();
        return (
          r.width > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight
        );
      })
      .map((span) => parseFloat(getComputedStyle(span).fontSize) * zoom);
    return sizes.length > 0 ? Math.min(...sizes) : 0;
  });
}

/** Whether a lane's cells in view lie wholly between the two bars (not under either). */
async function laneInView(lane: string): Promise<boolean> {
  return page.evaluate((laneId) => {
    const top = document.querySelector('.js-workshop-top')?.getBoundingClientRect().bottom ?? 0;
    const bottom = document.querySelector('.js-workshop-bottom')?.getBoundingClientRect().top ?? 0;
    const cells = [...document.querySelectorAll(`[data-lane-id="${laneId}"]`)]
      .map((cell) => cell.getBoundingClientRect())
      .filter((r) => r.right > 0 && r.left < innerWidth);
    return cells.length > 0 && cells.every((r) => r.top >= top - 1 && r.bottom <= bottom + 1);
  }, lane);
}

/** Whether a lane's name is on screen and nothing (the veil, a bar) covers its middle. */
async function laneNameVisible(name: string): Promise<boolean> {
  return page
    .getByRole('textbox', { name: 'Lane name', exact: true })
    .evaluateAll((inputs, wanted) => {
      const input = (inputs as HTMLInputElement[]).find((i) => i.value === wanted);
      if (!input) return false;
      const r = input.getBoundingClientRect();
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const onScreen =
        r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;
      return onScreen && (input.closest('.js-header')?.contains(at) ?? false);
    }, name);
}

test('a six-stage map in workshop mode reads from the back of the room', async () => {
  await page.getByRole('button', { name: 'Customer journey map' }).click();
  await page.getByRole('heading', { level: 1, name: 'Customer journey map' }).waitFor();
  await addCards('pain-points', 'interest', PAINS);
  await addCards('opportunities', 'interest', IDEAS);
  await addCards('actions', 'interest', ['Compares three offers on the phone at night']);

  await page.getByRole('button', { name: 'Workshop mode' }).click();
  await page.getByRole('region', { name: 'Workshop controls' }).waitFor();
  await page.waitForTimeout(300);

  // All stages.
  expect(await page.getByRole('heading', { name: 'All stages' }).count()).toBe(1);
  const overview = await smallestCardText();
  console.log(
    `workshop, all six stages at 1920×1080: smallest card text ${overview.toFixed(1)} px as seen`,
  );
  await screenshot(page, 'workshop-1920-all-stages');
  expect(overview).toBeGreaterThanOrEqual(16);
  expect(await laneInView('pain-points')).toBe(true);
  expect(await laneInView('opportunities')).toBe(true);

  // The Interest stage in focus.
  await page.getByRole('button', { name: 'Next stage' }).click();
  await page.getByRole('button', { name: 'Next stage' }).click();
  await page.getByRole('heading', { name: 'Stage 2 of 6: Interest' }).waitFor();
  await page.waitForTimeout(300);
  const focused = await smallestCardText();
  console.log(
    `workshop, one stage in focus at 1920×1080: smallest card text ${focused.toFixed(1)} px as seen`,
  );
  await screenshot(page, 'workshop-1920-focused-stage');
  expect(focused).toBeGreaterThanOrEqual(28);
  expect(await laneInView('pain-points')).toBe(true);
  expect(await laneInView('opportunities')).toBe(true);
  for (const name of ['Pain points', 'Opportunities'])
    expect(await laneNameVisible(name)).toBe(true);

  // The third stage: the lanes' names still there (they once scrolled off screen here).
  await page.getByRole('button', { name: 'Next stage' }).click();
  await page.getByRole('heading', { name: 'Stage 3 of 6: Consideration' }).waitFor();
  await page.waitForTimeout(300);
  for (const name of ['Pain points', 'Opportunities'])
    expect(await laneNameVisible(name)).toBe(true);
});

test('votes: out of votes is said on the card; the ranking lists the most-voted cards', async () => {
  await page.getByRole('button', { name: 'Previous stage' }).click();
  await page.getByRole('heading', { name: 'Stage 2 of 6: Interest' }).waitFor();
  await page.getByRole('button', { name: 'Participants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  await dialog.getByLabel('Votes per participant').fill('2');
  await dialog.getByLabel('New participant’s name').fill('Anna');
  const heights = await dialog
    .locator('input')
    .evaluateAll((inputs) => inputs.map((i) => i.getBoundingClientRect().height));
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(48);
  await dialog.getByRole('button', { name: 'Add participant' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Who is voting').selectOption({ label: 'Anna' });
  await page.getByRole('button', { name: 'Vote on cards' }).click();
  await page.getByRole('button', { name: `Vote for “${PAINS[1]}”` }).click();
  await page.getByRole('button', { name: `Vote for “${PAINS[1]}”` }).click();
  await page.getByText('Anna: 0 of 2 votes left').waitFor();
  // Out of votes the card's button is aria-disabled, yet a tap on it must say why.
  await page.getByRole('button', { name: `Vote for “${IDEAS[0]}”` }).click({ force: true });
  const refused = page.getByRole('article', { name: IDEAS[0], exact: true }).getByRole('alert');
  expect(await refused.textContent()).toBe('Anna has no votes left');
  await screenshot(page, 'workshop-1920-out-of-votes');

  // Anonymous votes for an opportunity, then the ranking.
  await page.getByLabel('Who is voting').selectOption({ label: 'Anonymous' });
  await page.getByRole('button', { name: `Vote for “${IDEAS[0]}”` }).click();
  await page.getByRole('button', { name: 'Top votes' }).click();
  const ranking = page.getByRole('dialog', { name: 'Most-voted cards' });
  expect(await ranking.getByRole('listitem').allTextContents()).toEqual([
    `1${PAINS[1]}Pain points · Interest2 votes`,
    `2${IDEAS[0]}Opportunities · Interest1 vote`,
  ]);
  await screenshot(page, 'workshop-1920-ranking');
  await ranking.getByRole('button', { name: 'Close' }).click();

  // At 1,600 px the bottom bar keeps to one row.
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.waitForTimeout(200);
  const bar = await page.getByRole('region', { name: 'Dot voting' }).evaluate((element) => {
    // Rows: controls whose middles lie more than 24 px apart are on different rows.
    const middles = [...element.children]
      .map((child) => child.getBoundingClientRect())
      .filter((r) => r.height > 0)
      .map((r) => r.top + r.height / 2)
      .sort((a, b) => a - b);
    const rows = middles.filter((m, i) => i === 0 || m - (middles[i - 1] ?? m) > 24).length;
    return { rows, height: element.getBoundingClientRect().height };
  });
  await screenshot(page, 'workshop-1600-bottom-bar');
  console.log(`bottom bar at 1600 px: ${bar.height} px tall`);
  expect(bar.rows).toBe(1);
  expect(session.errors).toEqual([]);
});
