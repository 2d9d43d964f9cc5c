import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../../../shared/i18n/translate';
import { loadMapValue } from '../../../../shared/load';
import { mapToMermaid, mermaidToMap } from '../../../../shared/mermaid';
import type { JourneyMap } from '../../../../shared/model';
import { exportSamples } from '../../../fixtures/mermaid/exportSamples';

const t = createTranslate('en');

function map(value: unknown): JourneyMap {
  const loaded = loadMapValue(value);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.map;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

function reimport(text: string): JourneyMap {
  const result = mermaidToMap(text, t);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

/** What a round trip must keep: stages, their action texts, and each action's scores. */
function content(m: JourneyMap) {
  const personaName = (id?: string) => m.personas.find((p) => p.id === id)?.name ?? '';
  return m.stages.map((stage) => {
    const inStage = m.cards.filter((c) => c.stageId === stage.id);
    const lane = (kind: string) => (c: { laneId: string }) =>
      m.lanes.find((l) => l.id === c.laneId)?.kind === kind;
    return {
      stage: stage.name,
      // Line breaks in names travel as spaces (Mermaid wraps names itself).
      actions: inStage.filter(lane('actions')).map((c) => oneLine(c.text)),
      points: inStage
        .filter(lane('emotions'))
        .map((c) => `${oneLine(c.text)}|${personaName(c.personaId)}|${c.score}`)
        .sort(),
    };
  });
}

describe('Mermaid journey export', () => {
  test('a map imported from Mermaid is written back as the same diagram, actors in their order', () => {
    const text = readFileSync('test/fixtures/mermaid/working-day.mmd', 'utf8');
    const { text: out, warnings } = mapToMermaid(reimport(text), t);
    expect(warnings).toEqual([]);
    expect(out).toBe(
      [
        'journey',
        '  title My working day',
        '  section Go to work',
        '    Make tea: 5: Me',
        '    Go upstairs: 3: Me',
        '    Do work: 1: Me, Cat',
        '  section Go home',
        '    Go downstairs: 5: Me',
        '    Sit down: 5: Me',
        '',
      ].join('\n'),
    );
  });

  test('names are escaped so that Mermaid reads them back as written', () => {
    for (const sample of exportSamples()) {
      const { text } = mapToMermaid(sample, t);
      const back = reimport(text);
      expect(content(back), text).toEqual(content(sample));
      expect(back.title).toBe(sample.title.replace(/\s+/g, ' ').trim());
      expect(back.description).toBe(sample.description);
      expect(back.personas.map((p) => p.name).sort()).toEqual(
        sample.personas.map((p) => p.name).sort(),
      );
    }
  });

  test('escaping: colons, #, ;, commas in actors, keywords at the start, %%, a literal <br>, line breaks', () => {
    const sample = exportSamples()[1];
    if (!sample) throw new Error('no sample');
    const { text } = mapToMermaid(sample, t);
    expect(text).toContain('title Ratio 3#58;1 #35;1 #59; done');
    expect(text).toContain('section #74;ourney start');
    expect(text).toContain('    #116;itle page#58; read twice: 1: Doe#44; Jane');
    expect(text).toContain('    100#37;#37; sure #60;br> tag: 5: Doe#44; Jane');
    expect(text).toContain('accDescr {\n    First line\n    Second #125; line\n  }');
  });

  test('a stage feeling (one point for several actions), split tasks, and what is left out', () => {
    const sample = map({
      format: 'journey-map',
      version: 3,
      title: 'T',
      personas: [
        { id: 'a', name: 'Ann', role: 'Buyer' },
        { id: 'b', name: 'Bo' },
        { id: 'c', name: 'Cy' },
      ],
      stages: [
        { id: 's1', name: 'One' },
        { id: 's2', name: 'Two' },
        { id: 's3', name: 'Three' },
      ],
      lanes: [
        { id: 'act', name: 'Doing', kind: 'actions' },
        { id: 'emo', name: 'Feeling', kind: 'emotions' },
        { id: 'pain', name: 'Pain points', kind: 'painPoints' },
      ],
      cards: [
        { id: 'x1', laneId: 'act', stageId: 's1', order: 'a0', text: 'Look' },
        { id: 'x2', laneId: 'act', stageId: 's1', order: 'a1', text: 'Ask' },
        {
          id: 'e1',
          laneId: 'emo',
          stageId: 's1',
          order: 'a0',
          text: 'ok',
          score: 1,
          personaId: 'a',
        },
        {
          id: 'e2',
          laneId: 'emo',
          stageId: 's1',
          order: 'a1',
          text: 'meh',
          score: -1,
          personaId: 'b',
        },
        { id: 'x3', laneId: 'act', stageId: 's2', order: 'a0', text: 'Pay' },
        { id: 'p1', laneId: 'pain', stageId: 's2', order: 'a0', text: 'Slow' },
        {
          id: 'e3',
          laneId: 'emo',
          stageId: 's3',
          order: 'a0',
          text: 'x',
          score: 2,
          personaId: 'a',
        },
      ],
      connectors: [{ id: 'k', from: 'x1', to: 'x2' }],
    });
    const { text, warnings } = mapToMermaid(sample, t);
    expect(text).toBe(
      [
        'journey',
        '  title T',
        '  section One',
        '    Look: 4: Ann',
        '    Look: 2: Bo',
        '    Ask: 4: Ann',
        '    Ask: 2: Bo',
        '  section Two',
        '    Pay: 3',
        '',
      ].join('\n'),
    );
    expect(warnings).toEqual([
      'the personas feel differently about the action “Look”; it is written once for each score',
      'the personas feel differently about the action “Ask”; it is written once for each score',
      'the stage “Three” has no actions; Mermaid draws no section without tasks, so it is left out',
      'actions without an emotion point are written with the neutral score 3 (1): Pay',
      'cards in lanes Mermaid cannot show are left out (1): Pain points',
      'connectors are left out (1): Mermaid cannot show them',
      'personas without emotion points are left out, since Mermaid shows only the actors of tasks: Cy',
      "the personas' roles, quotes, goals, needs, motivations, pains and channels are left out: Mermaid shows only their names",
    ]);
  });

  test('warnings speak the language of the translator passed in', () => {
    const sample = exportSamples()[0];
    if (!sample) throw new Error('no sample');
    const withNote = { ...sample, notes: [{ id: 'n', x: 0, y: 0, text: 'note' }] };
    const { warnings } = mapToMermaid(map(withNote), createTranslate('uk'));
    expect(warnings).toContain('нотатки пропущено (1): Mermaid їх не показує');
  });
});
