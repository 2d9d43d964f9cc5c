import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Mermaid from 'mermaid';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTranslate } from '../../shared/i18n/translate';
import { mapToMermaid } from '../../shared/mermaid';
import { parseJourney } from '../../shared/mermaid/parseJourney';
import { exportSamples } from '../fixtures/mermaid/exportSamples';
import { chromiumArgs, chromiumPath } from './harness/browser';

/**
 * Mermaid itself judges our Mermaid: its own bundle (from node_modules; the browser has no
 * internet) in Chromium parses every exported map and every import fixture, renders one,
 * and its parser's database holds the same tasks as ours for the same text.
 */

const t = createTranslate('en');
const fixture = (name: string): string => readFileSync(`test/fixtures/mermaid/${name}.mmd`, 'utf8');
const FIXTURES = ['working-day', 'accessible', 'quirks'];

let context: BrowserContext;
let page: Page;
let userDataDir: string;

beforeAll(async () => {
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'journey-mermaid-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: path.resolve('node_modules/mermaid/dist/mermaid.min.js') });
  await page.evaluate(() => {
    window.mermaid.initialize({ startOnLoad: false });
  });
});

afterAll(async () => {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

/** `mermaid.parse(text)`: the diagram type, or Mermaid's error message. */
async function mermaidParse(text: string): Promise<string> {
  return page.evaluate(async (source) => {
    try {
      const result = await window.mermaid.parse(source);
      return result ? result.diagramType : 'refused';
    } catch (error) {
      return `error: ${error instanceof Error ? error.message : String(error)}`;
    }
  }, text);
}

describe("Mermaid's own parser", () => {
  test('accepts every exported map (Latin, Cyrillic, Persian, names with colons and keywords)', async () => {
    for (const map of exportSamples()) {
      const { text } = mapToMermaid(map, t);
      expect(await mermaidParse(text), text).toBe('journey');
    }
  });

  test('accepts the import fixtures written from its documentation', async () => {
    for (const name of FIXTURES) expect(await mermaidParse(fixture(name)), name).toBe('journey');
  });

  test('refuses what our importer refuses', async () => {
    const refused = [
      'journey\nsection S\n  Make tea\n',
      'journey\nsection S\n  Make tea:\n',
      'journey\nsection S\n  : 5: Me\n',
      'journey\nsection S\n  Tea: 5: Me; Cake: 4\n',
      'journey\njourney\n',
    ];
    for (const text of refused) {
      expect(parseJourney(text).ok, text).toBe(false);
      expect(await mermaidParse(text), text).toMatch(/^error: /);
    }
  });

  test('reads the same sections, tasks, scores and actors as our parser', async () => {
    const texts = [
      fixture('working-day'),
      fixture('quirks'),
      ...exportSamples().map((map) => mapToMermaid(map, t).text),
    ];
    for (const text of texts) {
      const ours = parseJourney(text);
      if (!ours.ok) throw new Error(`our parser refused ${text}`);
      // Mermaid keeps entity codes as placeholders that become HTML entities in its SVG.
      const entity = (s: string) =>
        s.replace(/#(\w+);/g, (_, code: string) =>
          /^\d+$/.test(code) ? `&#${code};` : `&${code};`,
        );
      const expected = ours.diagram.tasks.map((task) => ({
        section: entity(task.section),
        task: entity(task.name),
        score: String(task.score),
        people: task.people.map(entity),
      }));
      const theirs = await page.evaluate(async (source) => {
        const diagram = await window.mermaid.mermaidAPI.getDiagramFromText(source);
        const db = diagram.db as unknown as {
          getTasks(): { section: string; task: string; score: number; people: string[] }[];
        };
        const decode = (s: string) =>
          s.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
        return db.getTasks().map((task) => ({
          section: decode(task.section),
          task: decode(task.task).trim(),
          score: String(task.score),
          people: task.people.map(decode),
        }));
      }, text);
      expect(theirs, text).toEqual(expected);
    }
  });

  /** The text a person sees in Mermaid's rendering of the exported sample. */
  async function rendered(index: number): Promise<string> {
    const sample = exportSamples()[index];
    if (!sample) throw new Error('no sample');
    const { text } = mapToMermaid(sample, t);
    return page.evaluate(async (source) => {
      const { svg } = await window.mermaid.render('exported', source);
      const out = document.getElementById('out');
      if (!out) return '';
      out.innerHTML = svg;
      return out.textContent ?? '';
    }, text);
  }

  test('renders exported names as they are: escaped characters shown, a line break as a space', async () => {
    const shown = await rendered(1);
    for (const name of ['Ratio 3:1 #1 ; done', 'title page: read twice', '100%% sure <br> tag']) {
      expect(shown).toContain(name);
    }
    expect(shown).toContain('section: two; #3');
    expect(shown).toContain('Doe, Jane');
  });

  test('renders an exported map whose SVG holds the task and section names', async () => {
    const shown = await rendered(2);
    for (const name of ['Порівняти ціни: дешевше', 'Сплатити карткою', 'Пошук', 'Оплата']) {
      expect(shown).toContain(name);
    }
    expect(shown).toContain('Мій день: замовлення');
  });
});

declare global {
  interface Window {
    mermaid: typeof Mermaid;
  }
}
