import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../../../shared/i18n/translate';
import { formatMermaidProblem, mermaidToMap, type MermaidImport } from '../../../../shared/mermaid';
import type { JourneyMap } from '../../../../shared/model';
import { serializeMap } from '../../../../shared/serialize';
import { loadMap } from '../../../../shared/load';

const t = createTranslate('en');
const fixture = (name: string): string => readFileSync(`test/fixtures/mermaid/${name}.mmd`, 'utf8');

function imported(text: string): { map: JourneyMap; warnings: string[] } {
  const result = mermaidToMap(text, t);
  if (!result.ok) throw new Error(result.errors.map((e) => formatMermaidProblem(e, t)).join());
  return { map: result.map, warnings: result.warnings.map((w) => formatMermaidProblem(w, t)) };
}

function failed(text: string): string[] {
  const result: MermaidImport = mermaidToMap(text, t);
  if (result.ok) throw new Error('imported, but should have failed');
  return result.errors.map((e) => formatMermaidProblem(e, t));
}

/** Each stage's actions, and each persona's points as `name score` in the order they come. */
function summary(map: JourneyMap) {
  const persona = (id: string | undefined) => map.personas.find((p) => p.id === id)?.name ?? '-';
  return map.stages.map((stage) => ({
    stage: stage.name,
    actions: map.cards
      .filter((c) => c.stageId === stage.id && c.laneId === 'actions')
      .map((c) => c.text),
    points: map.cards
      .filter((c) => c.stageId === stage.id && c.laneId === 'emotions')
      .map((c) => `${c.text} ${persona(c.personaId)} ${c.score}`),
  }));
}

describe('Mermaid journey import', () => {
  test("Mermaid's documented example: sections → stages, tasks → actions, actors → personas, scores → points", () => {
    const { map, warnings } = imported(fixture('working-day'));
    expect(warnings).toEqual([]);
    expect(map.title).toBe('My working day');
    // Mermaid's legend lists the actors sorted.
    expect(map.personas.map((p) => p.name)).toEqual(['Cat', 'Me']);
    expect(map.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Customer actions', 'actions'],
      ['Emotions', 'emotions'],
    ]);
    expect(summary(map)).toEqual([
      {
        stage: 'Go to work',
        actions: ['Make tea', 'Go upstairs', 'Do work'],
        points: ['Make tea Me 2', 'Go upstairs Me 0', 'Do work Me -2', 'Do work Cat -2'],
      },
      {
        stage: 'Go home',
        actions: ['Go downstairs', 'Sit down'],
        points: ['Go downstairs Me 2', 'Sit down Me 2'],
      },
    ]);
  });

  test('the result is what the loader gate accepts, and saves with no repairs to make', () => {
    const { map } = imported(fixture('working-day'));
    const reloaded = loadMap(serializeMap(map));
    expect(reloaded.ok && reloaded.warnings).toEqual([]);
  });

  test('front matter title, accTitle, an accDescr block and %% comments', () => {
    const { map, warnings } = imported(fixture('accessible'));
    expect(map.title).toBe('Front matter title');
    expect(map.description).toBe('How a day at work goes,\nfrom tea to the sofa.');
    expect(warnings).toEqual([
      "line 6: the accessible title “My working day, for screen readers” is left out: the map keeps the diagram's title",
    ]);
    expect(summary(map)[0]?.actions).toEqual(['Make tea', 'Do work']);
  });

  test('a `title` statement wins over the front matter; accTitle is the title when there is none', () => {
    expect(imported('---\ntitle: Front\n---\njourney\ntitle Statement\n').map.title).toBe(
      'Statement',
    );
    const { map, warnings } = imported('journey\naccTitle: Only this\naccDescr: One line\n');
    expect([map.title, map.description]).toEqual(['Only this', 'One line']);
    expect(warnings).toEqual(['line 1: the diagram has no tasks, so the map has no stages']);
  });

  test('entity codes, <br>, repeated and empty sections, tasks before any section, odd scores', () => {
    const { map, warnings } = imported(fixture('quirks'));
    expect(map.title).toBe('Shopping #1 ; the "best" day');
    expect(map.description).toBe('One line about the journey');
    expect(summary(map)).toEqual([
      // Tasks before any section: Mermaid draws them without a section.
      { stage: '', actions: ['Browse before any section'], points: [] },
      {
        // The empty "Checkout" section between two "Search" sections is not drawn, so
        // Mermaid draws one "Search" section over the tasks of both.
        stage: 'Search',
        actions: ['Find\nthe product', 'Compare prices', 'Read reviews', 'Ask a friend'],
        points: [
          'Find\nthe product Anna 1',
          'Find\nthe product Boris 1',
          'Compare prices Anna 2',
          'Read reviews Boris -2',
          'Ask a friend Anna 0',
        ],
      },
      {
        stage: 'Pay',
        actions: ['Pay by card', 'Wait for the : code'],
        points: ['Wait for the : code Anna 0'],
      },
    ]);
    expect(warnings).toEqual([
      "line 3: the accessible title “Shopping” is left out: the map keeps the diagram's title",
      'line 5: the task “Browse before any section” has no actors, so its score belongs to no persona and is left out',
      'line 8: the score 7 is not a whole number from 1 to 5; 5 is used',
      'line 9: the score 0 is not a whole number from 1 to 5; 1 is used',
      'line 10: the section “Checkout” has no tasks; Mermaid does not draw it, so it makes no stage',
      'line 12: the score 2.6 is not a whole number from 1 to 5; 3 is used',
      'line 14: the score of the task “Pay by card” is not a number; it gets no emotion point',
      'line 15: the task “Wait for the : code” lists an actor without a name; it is left out',
    ]);
  });

  test('sections with the same name apart from each other stay separate stages', () => {
    const { map } = imported('journey\nsection A\nx: 3\nsection B\ny: 3\nsection A\nz: 3\n');
    expect(map.stages.map((s) => s.name)).toEqual(['A', 'B', 'A']);
    expect(new Set(map.stages.map((s) => s.id)).size).toBe(3);
  });

  test('without any actors, scores make the one curve of a map without personas', () => {
    const { map, warnings } = imported('journey\nsection S\nLook: 4\nBuy: 2\n');
    expect(warnings).toEqual([]);
    expect(map.personas).toEqual([]);
    expect(summary(map)[0]?.points).toEqual(['Look - 1', 'Buy - -1']);
  });

  test('statements need no line breaks, keywords are case-insensitive, extra data is ignored', () => {
    const { map } = imported('JOURNEY Title Day\nSection Morning\n  Wake up: 2: Me: ignored\n');
    expect(map.title).toBe('Day');
    expect(summary(map)).toEqual([
      { stage: 'Morning', actions: ['Wake up'], points: ['Wake up Me -1'] },
    ]);
  });

  test('Cyrillic and Persian names, a right-to-left map for --language fa', () => {
    const text = 'journey\ntitle Мій день\nsection خرید\n  Оплатити: 4: Олена, مریم\n';
    const result = mermaidToMap(text, t, { language: 'fa', names: createTranslate('fa') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.direction).toBe('rtl');
    expect(result.map.lanes[0]?.name).toBe('اقدامات مشتری');
    expect(result.map.personas.map((p) => p.name)).toEqual(['Олена', 'مریم']);
    expect(result.map.stages[0]?.name).toBe('خرید');
  });
});

describe('Mermaid journey import refuses what Mermaid refuses, naming the line', () => {
  test.each([
    ['flowchart LR\nA --> B\n', 'line 1, column 1: this is not a Mermaid user journey'],
    ['', 'line 1, column 1: this is not a Mermaid user journey'],
    [
      'journey\nsection S\n  Make tea\n  Sit: 3\n',
      'line 3, column 11: the task “Make tea” needs a colon and a score after its name',
    ],
    ['journey\nsection S\n  Make tea:\n', 'line 3, column 11: the task “Make tea” needs'],
    ['journey\nsection S\n  : 5: Me\n', 'line 3, column 3: a colon here has no task name'],
    [
      'journey\nsection S\n  Tea: 5: Me; Cake: 4\n',
      'line 3, column 13: Mermaid does not expect ";"',
    ],
    ['journey\njourney\n', 'line 2, column 1: Mermaid does not expect journey here'],
    [
      '---\ntitle: [unclosed\n---\njourney\n',
      'line 2, column 17: the front matter between the --- lines is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  ])('%j', (text, message) => {
    const errors = failed(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  test('what the loader refuses is named at the task that caused it', () => {
    const long = 'x'.repeat(600);
    expect(failed(`journey\nsection S\n  ok: 3\nsection ${long}\n  t: 3\n`)).toEqual([
      `line 4: the diagram does not make a valid map: stages[1].name: ${loadNameMessage()}`,
    ]);
  });
});

function loadNameMessage(): string {
  const doc = {
    format: 'journey-map',
    version: 3,
    title: '',
    stages: [{ id: 's', name: 'x'.repeat(600) }],
    lanes: [],
    cards: [],
  };
  const result = loadMap(JSON.stringify(doc));
  return result.ok ? '' : (result.errors[0]?.message ?? '');
}
