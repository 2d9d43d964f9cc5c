import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { UI_RESOURCES } from '../../shared/i18n/resources';
import { chooseTheme, seriousViolations } from './a11yHelpers';
import { openApp, screenshot, type Session } from './harness/browser';

// axe-core on the main screens in each theme: the start screen with the template gallery,
// the editor with a map and its side panel, the settings, shortcuts and export dialogs. Any
// serious or critical violation fails, listed with the elements it was found on.

const THEMES = [
  { theme: 'light', choice: 'Light', scheme: 'light' },
  // Dark as the OS asks for it: the default choice follows prefers-color-scheme.
  { theme: 'dark', choice: 'Same as the system', scheme: 'dark' },
  { theme: 'highContrast', choice: 'High contrast', scheme: 'light' },
] as const;

// A fresh profile for each theme: no recovery prompt from the previous theme's edits.
let session: Session;
beforeEach(async () => {
  session = await openApp();
});
afterEach(async () => {
  await session?.close();
});

describe.each(THEMES)('in the $theme theme', ({ theme, choice, scheme }) => {
  test('the main screens have no serious or critical axe violations', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('heading', { name: 'Start a map' }).waitFor();
    await chooseTheme(page, choice);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe(theme);

    const found: string[] = [];
    found.push(...(await seriousViolations(page, 'start screen')));
    await screenshot(page, `a11y-${theme}-start`);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    found.push(...(await seriousViolations(page, 'settings dialog')));
    await screenshot(page, `a11y-${theme}-settings`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Customer journey map' }).click();
    await page.getByRole('tab', { name: 'Inspector' }).waitFor();
    // A card with text, selected, so that its colours and the card inspector are checked too.
    await page.getByRole('button', { name: 'Add card' }).click();
    await page.keyboard.type('Long queue at the desk');
    await page.keyboard.press('Escape');
    await page.getByText('Long queue at the desk').first().waitFor();
    found.push(...(await seriousViolations(page, 'editor with side panel')));
    await screenshot(page, `a11y-${theme}-editor`);

    // An emotion point: its curve, the legend naming whose curve it is.
    await page.locator('[data-lane-id="emotions"][data-stage-id="awareness"]').dblclick();
    await page.keyboard.type('Curious');
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Emotion curves' }).waitFor();
    found.push(...(await seriousViolations(page, 'editor with an emotion curve and its legend')));

    await page.getByRole('tab', { name: 'Personas' }).click();
    found.push(...(await seriousViolations(page, 'personas panel')));

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    found.push(...(await seriousViolations(page, 'shortcuts dialog')));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'New map' }).click();
    await page.getByRole('dialog', { name: 'New map' }).waitFor();
    found.push(...(await seriousViolations(page, 'template gallery dialog')));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Export' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    // The export dialog, where the editor mounts it (the lead wires it into the shell).
    if (await exportDialog.isVisible({ timeout: 2000 }).catch(() => false)) {
      found.push(...(await seriousViolations(page, 'export dialog')));
      await screenshot(page, `a11y-${theme}-export`);
      await page.keyboard.press('Escape');
    }
    // Workshop mode: its bars, votable cards, and the ranking of the most-voted cards.
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    await page.getByRole('region', { name: 'Dot voting' }).waitFor();
    await page.getByRole('button', { name: 'Vote on cards' }).click();
    found.push(...(await seriousViolations(page, 'workshop mode')));
    await screenshot(page, `a11y-${theme}-workshop`);
    await page.getByRole('button', { name: 'Top votes' }).click();
    await page.getByRole('dialog', { name: 'Most-voted cards' }).waitFor();
    found.push(...(await seriousViolations(page, 'ranking dialog')));
    await page.keyboard.press('Escape');
    expect(found).toEqual([]);
  });

  test('keyboard focus is visible', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('heading', { name: 'Start a map' }).waitFor();
    if (theme !== 'dark') await chooseTheme(page, choice);
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return null;
      const style = getComputedStyle(focused);
      return {
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        color: style.outlineColor,
        visible: focused.matches(':focus-visible'),
      };
    });
    expect(ring).not.toBeNull();
    expect(ring?.visible).toBe(true);
    expect(ring?.style).toBe('solid');
    expect(ring?.width).toBeGreaterThanOrEqual(2);
  });
});

/** A string of the Persian UI, straight from its locale file. */
function persian(key: string): string {
  let node: unknown = UI_RESOURCES.fa.translation;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no ${key} in fa`);
  return node;
}

describe('in the Persian UI (right to left)', () => {
  test('the editor, its legend and workshop mode have no serious or critical violations', async () => {
    await session.close();
    session = await openApp({ locale: 'fa-IR' });
    const { page } = session;
    await page.getByRole('heading', { name: persian('gallery.startTitle') }).waitFor();
    const found: string[] = [];
    found.push(...(await seriousViolations(page, 'Persian start screen')));
    await page.getByRole('button', { name: 'نقشه سفر مشتری', exact: true }).click();
    await page.getByRole('tab', { name: persian('panels.tabs.inspector') }).waitFor();
    await page.locator('[data-lane-id="emotions"][data-stage-id="awareness"]').dblclick();
    // English typed into a Persian UI: the field reads it left to right (dir="auto").
    await page.keyboard.type('I just want it to work on my phone.');
    expect(
      await page
        .getByRole('textbox', { name: persian('editor.fields.cardText') })
        .getAttribute('dir'),
    ).toBe('auto');
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: persian('editor.legend.title') }).waitFor();
    found.push(...(await seriousViolations(page, 'Persian editor with a legend')));
    await screenshot(page, 'a11y-fa-editor');
    await page.getByRole('button', { name: persian('workshop.actions.enter') }).click();
    await page.getByRole('region', { name: persian('workshop.voting.region') }).waitFor();
    found.push(...(await seriousViolations(page, 'Persian workshop mode')));
    await screenshot(page, 'a11y-fa-workshop');
    expect(found).toEqual([]);
  });
});
