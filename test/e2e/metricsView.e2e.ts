import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { STORE_METRICS_PATH } from '../fixtures/metrics/storeMetrics';
import { chooseTheme, seriousViolations } from './a11yHelpers';
import { placeFileForOpen, usePickers } from './editorHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// A map with three metrics and two snapshots (July and October): its metrics lane under the
// stage headers, read as a screen reader reads it; the Funnel view with the biggest drop and
// an earlier snapshot; no axe violations in any theme; a Persian map mirrored.

const FILE = 'store-metrics.journey.json';
const storeMap = (): string => readFileSync(STORE_METRICS_PATH, 'utf8');

/** The store map in Persian, right to left, its stages renamed. */
function persianMap(): string {
  const map = JSON.parse(storeMap()) as {
    language: string;
    direction: string;
    title: string;
    stages: { id: string; name: string }[];
    metrics: { id: string; name: string }[];
  };
  map.language = 'fa';
  map.direction = 'rtl';
  map.title = 'پرداخت فروشگاه';
  const stages: Record<string, string> = {
    visit: 'بازدید',
    cart: 'سبد خرید',
    checkout: 'پرداخت',
    paid: 'پرداخت‌شده',
  };
  for (const stage of map.stages) stage.name = stages[stage.id] ?? stage.name;
  const metrics: Record<string, string> = {
    customers: 'مشتریان',
    conversion: 'نرخ تبدیل',
    wait: 'زمان پرداخت',
  };
  for (const metric of map.metrics) metric.name = metrics[metric.id] ?? metric.name;
  return `${JSON.stringify(map, null, 2)}\n`;
}

/** The store map with twelve lanes: tall enough to pan down past its first lanes. */
function tallMap(): string {
  const map = JSON.parse(storeMap()) as { lanes: { id: string; name: string; kind: string }[] };
  for (let i = 1; i <= 12; i += 1) {
    map.lanes.push({ id: `notes-${i}`, name: `Notes ${i}`, kind: 'text' });
  }
  return `${JSON.stringify(map, null, 2)}\n`;
}

let session: Session;
let page: Page;
beforeEach(async () => {
  session = await openApp();
  page = session.page;
  await usePickers(page, 'opfs');
});
afterEach(async () => {
  await session?.close();
});

async function openMap(text: string, title: string): Promise<void> {
  await placeFileForOpen(page, FILE, text);
  await page.getByRole('heading', { name: 'Start a map' }).waitFor();
  await page.keyboard.press('Control+O');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

const metricsAt = (stage: string) =>
  page.getByRole('list', { name: `Metrics at ${stage}`, exact: true });

/** What a screen reader reads in a stage's metrics list: its items' text, drawn text left out. */
async function heard(stage: string): Promise<string[]> {
  const snapshot = await metricsAt(stage).ariaSnapshot();
  return [...snapshot.matchAll(/- listitem: (.*)$/gm)].map((m) =>
    (m[1] ?? '').replace(/^"(.*)"$/, '$1'),
  );
}

test('the metrics lane reads each stage value, its change and its target', async () => {
  await openMap(storeMap(), 'Online store checkout');
  expect(await heard('Checkout')).toEqual([
    'Checkout: Customers 1,476, down 124, worse',
    'Checkout: Conversion 12.5%, up 1.6 points, better, target 15% not met',
    'Checkout: Time to pay 4.2 min, down 2.3 min, better, target 5 min met',
  ]);
  // A stage with one metric has one line; a value without an earlier snapshot has no change.
  expect(await heard('Visit')).toEqual(['Visit: Customers 6,000, up 200, better']);
  expect((await heard('Paid')).at(-1)).toBe('Paid: Time to pay 2 min, target 5 min met');
  // Drawn as the layout placed it: the value and the change, coloured by the news.
  const checkout = page.locator('.js-metrics-cell[data-stage-id="checkout"]');
  await expect.poll(() => checkout.locator('.js-text').first().textContent()).toBe('1,476');
  const colour = (text: string) =>
    checkout.locator('.js-news', { hasText: text }).evaluate((el) => getComputedStyle(el).color);
  expect(await colour('124')).toBe('rgb(185, 28, 28)'); // bad news: --js-danger
  expect(await colour('1.6%')).toBe('rgb(21, 128, 61)'); // good news: --js-good
  await screenshot(page, 'metrics-lane-light');
});

test('the funnel: bars per stage, the biggest drop, an earlier snapshot', async () => {
  await openMap(storeMap(), 'Online store checkout');
  await page.getByRole('button', { name: 'Funnel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Funnel' });
  await dialog.waitFor();
  await expect
    .poll(() => dialog.getByText('Where customers get lost').textContent())
    .toBe('Where customers get lost: Cart » Checkout, \u221264%');
  const table = dialog.getByRole('table', { name: 'Customers on 2026-10-01' });
  const rows = await table.getByRole('row').allTextContents();
  expect(rows).toEqual([
    'StageCustomersTo the next stage',
    'Visit6,00068.3% go on · 1,900 lost',
    'Cart4,10036% go on · 2,624 lost',
    'Checkout1,47680.6% go on · 286 lost',
    'Paid1,190',
  ]);
  expect(await seriousViolations(page, 'funnel dialog')).toEqual([]);
  await screenshot(page, 'metrics-funnel');

  // July: fewer visitors went on to the cart, but Cart » Checkout was still the worst step.
  await dialog.getByRole('combobox', { name: 'Snapshot' }).selectOption('2026-07-01');
  await dialog.getByRole('table', { name: 'Customers on 2026-07-01' }).waitFor();
  expect(await dialog.getByText('Where customers get lost').textContent()).toBe(
    'Where customers get lost: Cart » Checkout, \u221259%',
  );
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
});

test('the lane stays under the frozen stage headers while the map pans down', async () => {
  await openMap(tallMap(), 'Online store checkout');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Control+=');
  await page.waitForTimeout(300);
  // The overview: a click at its foot moves the view to the map's bottom.
  const overview = await page.locator('.js-overview').boundingBox();
  if (!overview) throw new Error('no overview');
  await page.mouse.click(overview.x + 20, overview.y + overview.height - 3);
  await page.waitForTimeout(400);
  const area = await page.getByRole('region', { name: 'Map: Online store checkout' }).boundingBox();
  const stage = await page.getByRole('textbox', { name: 'Stage name' }).first().boundingBox();
  const lane = await metricsAt('Visit').boundingBox();
  const last = await page.getByRole('textbox', { name: 'Lane name' }).last().boundingBox();
  if (!area || !stage || !lane || !last) throw new Error('not drawn');
  await screenshot(page, 'metrics-lane-frozen');
  // The last lane is in view (the map was panned down), the stage header and the metrics
  // lane right under it are frozen at the top of the map's area.
  expect(last.y).toBeGreaterThan(area.y + 200);
  expect(stage.y - area.y).toBeLessThan(60);
  expect(lane.y).toBeGreaterThan(stage.y);
  expect(lane.y - area.y).toBeLessThan(200);
  expect(await heard('Visit')).toEqual(['Visit: Customers 6,000, up 200, better']);
});

describe.each([
  { theme: 'dark', choice: 'Dark' },
  { theme: 'highContrast', choice: 'High contrast' },
  { theme: 'light', choice: 'Light' },
])('in the $theme theme', ({ theme, choice }) => {
  test('the lane has no serious or critical axe violations', async () => {
    await page.getByRole('heading', { name: 'Start a map' }).waitFor();
    await chooseTheme(page, choice);
    await openMap(storeMap(), 'Online store checkout');
    await metricsAt('Checkout').waitFor();
    expect(await seriousViolations(page, `metrics lane, ${theme}`)).toEqual([]);
    await screenshot(page, `metrics-lane-${theme}`);
  });
});

test('a Persian map: the lane runs right to left with Persian numbers', async () => {
  await openMap(persianMap(), 'پرداخت فروشگاه');
  // The sentences in the UI's language (English), the numbers as the map's language writes them.
  const items = await heard('پرداخت');
  expect(items[1]).toBe('پرداخت: نرخ تبدیل ۱۲٫۵٪, up ۱٫۶ points, better, target ۱۵٪ not met');
  // The lane's header (title and names) is at the right, the first stage next to it.
  const header = await page.locator('.js-metrics-header').boundingBox();
  const visit = await page.locator('.js-metrics-cell[data-stage-id="visit"]').boundingBox();
  if (!header || !visit) throw new Error('lane not drawn');
  expect(visit.x + visit.width).toBeLessThanOrEqual(header.x + 1);
  await screenshot(page, 'metrics-lane-persian');
});
