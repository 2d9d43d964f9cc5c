import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { placeFileForOpen, usePickers } from './editorHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// Reading a big map on the canvas: whose curve is whose (a legend, and curves that differ by
// more than colour), a 5,000-character card that does not stretch its lane, headers frozen
// while panning far right and down, and 200 pasted lines that all arrive.

const STAGES = ['Discover', 'Compare', 'Buy', 'Receive', 'Use', 'Renew', 'Refer', 'Leave'];
const FILE = 'reading.journey.json';

/** Two personas with a curve each over eight stages, in the format's first version. */
function readingMap(): object {
  const stages = STAGES.map((name, i) => ({ id: `s${i}`, name }));
  const lanes = [
    { id: 'act', name: 'Customer actions', kind: 'actions' },
    { id: 'emo', name: 'Emotions', kind: 'emotions' },
    { id: 'pain', name: 'Pain points', kind: 'painPoints' },
    { id: 'idea', name: 'Opportunities', kind: 'opportunities' },
    { id: 'kpi', name: 'KPIs', kind: 'kpis' },
  ];
  const cards = stages.flatMap((stage, i) => [
    {
      id: `a${i}`,
      laneId: 'emo',
      stageId: stage.id,
      text: `Anna ${i}`,
      order: 0,
      score: (i % 5) - 2,
      personaId: 'anna',
    },
    {
      id: `b${i}`,
      laneId: 'emo',
      stageId: stage.id,
      text: `Ben ${i}`,
      order: 1,
      score: 2 - (i % 5),
      personaId: 'ben',
    },
    { id: `k${i}`, laneId: 'kpi', stageId: stage.id, text: `KPI ${i}`, order: 0 },
  ]);
  return {
    format: 'journey-map',
    version: 1,
    title: 'Reading test',
    personas: [
      { id: 'anna', name: 'Anna Berg' },
      { id: 'ben', name: 'Ben Cole' },
    ],
    stages,
    lanes,
    cards,
  };
}

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await openApp();
  page = session.page;
  await usePickers(page, 'opfs');
  await placeFileForOpen(page, FILE, JSON.stringify(readingMap()));
  await page.getByRole('heading', { name: 'Start a map' }).waitFor();
  await page.keyboard.press('Control+O');
  await page.getByRole('heading', { level: 1, name: 'Reading test' }).waitFor();
});
afterAll(async () => {
  await session?.close();
});

const canvas = () => page.getByRole('region', { name: 'Map: Reading test' });

test('two personas: a legend names both, and their curves differ by dash and initials', async () => {
  const legend = page.getByRole('region', { name: 'Emotion curves' });
  await legend.waitFor();
  expect(await legend.getByRole('listitem').allTextContents()).toEqual([
    'ABAnna Berg',
    'BCBen Cole',
  ]);
  const curves = page.locator('path.js-curve');
  const dashes = await curves.evaluateAll((paths) =>
    paths.map((p) => `${p.getAttribute('aria-label')}|${p.getAttribute('stroke-dasharray') ?? ''}`),
  );
  expect(dashes).toHaveLength(2);
  expect(dashes[0]?.split('|')[1]).not.toBe(dashes[1]?.split('|')[1]);
  const initials = await page.locator('.js-curve-initials').allTextContents();
  expect(new Set(initials)).toEqual(new Set(['AB', 'BC']));
  await screenshot(page, 'reading-legend');
});

test('a 5,000-character card leaves its lane no taller than the set maximum', async () => {
  await page.locator('[data-lane-id="act"][data-stage-id="s0"]').dblclick();
  const text = 'A very long story about waiting. '.repeat(152).slice(0, 5000);
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape');
  const card = page.getByRole('article', { name: text, exact: true });
  await card.waitFor();
  const zoom = await page.evaluate(() => {
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform;
    return Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1] ?? 1);
  });
  const lane = page
    .getByRole('textbox', { name: 'Lane name', exact: true })
    .first()
    .locator('xpath=ancestor::div[contains(@class,"js-header")][1]');
  const height = ((await lane.boundingBox())?.height ?? Infinity) / zoom;
  console.log(`lane with a 5,000-character card: ${Math.round(height)} px at zoom 1 (max 480)`);
  expect(height).toBeLessThanOrEqual(480);
  // The whole text on hover (and in the inspector).
  expect(await card.getAttribute('title')).toBe(text);
  expect(await page.getByRole('textbox', { name: 'Text', exact: true }).inputValue()).toBe(text);
});

test('200 pasted lines give 200 cards (a crowded cell says how many more it holds)', async () => {
  await page.keyboard.press('Escape');
  await page.locator('[data-lane-id="pain"][data-stage-id="s1"]').click();
  const lines = Array.from({ length: 200 }, (_, i) => `Pasted line ${i + 1}`).join('\n');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, lines);
  const more = page.locator('[data-lane-id="pain"][data-stage-id="s1"] .js-more-cards');
  await more.waitFor();
  const hidden = Number(/\d+/.exec((await more.textContent()) ?? '')?.[0]);
  const shown = await page.getByRole('article', { name: /^Pasted line \d+$/ }).count();
  expect(shown + hidden).toBe(200);
  expect(await page.getByRole('status', { name: 'Editor announcements' }).textContent()).toBe(
    '200 cards pasted',
  );
  await screenshot(page, 'reading-paste-200');
  await more.click();
  await expect.poll(() => more.count()).toBe(0);
});

test('stage and lane headers stay in view after panning far right and down', async () => {
  await page.keyboard.press('Escape');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Control+=');
  await page.waitForTimeout(400);
  // The overview: a click in its far corner moves the view to the map's bottom-right end.
  const overview = page.locator('.js-overview');
  const box = await overview.boundingBox();
  if (!box) throw new Error('no overview');
  await page.mouse.click(box.x + box.width - 3, box.y + box.height - 3);
  await page.waitForTimeout(400);
  const area = await canvas().boundingBox();
  if (!area) throw new Error('no canvas');
  const inView = async (name: 'Stage name' | 'Lane name') => {
    const boxes = await page.getByRole('textbox', { name, exact: true }).evaluateAll((fields) =>
      fields.map((field) => {
        const r = field.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    return boxes.filter(
      (b) =>
        b.width > 0 &&
        b.x >= area.x - 1 &&
        b.y >= area.y - 1 &&
        b.x + b.width <= area.x + area.width + 1 &&
        b.y + b.height <= area.y + area.height + 1,
    );
  };
  const stages = await inView('Stage name');
  const lanes = await inView('Lane name');
  await screenshot(page, 'reading-frozen-headers');
  expect(stages.length).toBeGreaterThan(0);
  expect(lanes.length).toBeGreaterThan(0);
  // Frozen at the top and the start edge of the map's area.
  expect(Math.min(...stages.map((b) => b.y)) - area.y).toBeLessThan(60);
  expect(Math.min(...lanes.map((b) => b.x)) - area.x).toBeLessThan(60);
  // And the view really is far right and down: the first stage's column is off screen.
  // (React Flow draws only what is in view: a cell far off screen is not drawn at all.)
  const first = await page
    .locator('[data-lane-id="act"][data-stage-id="s0"]')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().bottom));
  expect(first.every((bottom) => bottom < area.y + 100)).toBe(true);
  const transform = await page.evaluate(
    () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
  );
  const [x = 0, y = 0] = (/translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(transform) ?? [])
    .slice(1)
    .map(Number);
  console.log(`view after panning: ${transform}`);
  expect(x).toBeLessThan(-500);
  expect(y).toBeLessThan(-500);
});
