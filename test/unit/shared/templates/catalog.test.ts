import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../../shared/load';
import { serializeMap } from '../../../../shared/serialize';
import {
  buildTemplateCatalog,
  newMapFromTemplate,
  type TemplateFileProblem,
} from '../../../../shared/templates';
import { TEMPLATE_TEXT } from '../load/badInputCases';

const templateFiles = readdirSync('templates').filter((name) => name.endsWith('.journey.json'));
const bundled = Object.fromEntries(
  templateFiles.map((name) => [name, readFileSync(`templates/${name}`, 'utf8')]),
);

describe('bundled templates', () => {
  test.each(templateFiles)('%s is stored exactly as saving it would write it', (name) => {
    const text = bundled[name] as string;
    const result = loadMap(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
    expect(serializeMap(result.map)).toBe(text);
  });

  test('all make it into the catalogue, in file-name order', () => {
    const problems: TemplateFileProblem[] = [];
    const catalog = buildTemplateCatalog(bundled, (problem) => problems.push(problem));
    expect(problems).toEqual([]);
    expect(catalog.map((t) => t.fileName)).toEqual([...templateFiles].sort());
    expect(catalog[0]).toMatchObject({ id: 'classic', order: 1, title: 'Customer journey map' });
  });
});

describe('the template catalogue', () => {
  const blank = TEMPLATE_TEXT.replace('"Customer journey map"', '"Blank map"');

  test('orders by the number in the file name and takes the id from it; other files are not templates', () => {
    const catalog = buildTemplateCatalog({
      '/app/templates/10-blank.journey.json': blank,
      'C:\\app\\templates\\02-classic.journey.json': TEMPLATE_TEXT,
      'README.md': '# not a template',
      'classic.journey.json': TEMPLATE_TEXT,
    });
    expect(catalog.map((t) => [t.order, t.id, t.fileName, t.title])).toEqual([
      [2, 'classic', '02-classic.journey.json', 'Customer journey map'],
      [10, 'blank', '10-blank.journey.json', 'Blank map'],
    ]);
  });

  test('a template that does not load, or repeats an id, is left out and reported', () => {
    const problems: TemplateFileProblem[] = [];
    const catalog = buildTemplateCatalog(
      {
        '01-classic.journey.json': TEMPLATE_TEXT,
        '02-classic.journey.json': blank,
        '03-broken.journey.json': '{"format": "journey-map"',
      },
      (problem) => problems.push(problem),
    );
    expect(catalog.map((t) => t.fileName)).toEqual(['01-classic.journey.json']);
    expect(problems).toEqual([
      {
        fileName: '03-broken.journey.json',
        reason: 'invalid',
        problems: [expect.objectContaining({ code: 'truncated' })],
      },
      { fileName: '02-classic.journey.json', reason: 'duplicateId', id: 'classic' },
    ]);
  });

  test('a new map from a template is a fresh copy with the template’s ids and its provenance', () => {
    const [template] = buildTemplateCatalog({ '01-classic.journey.json': TEMPLATE_TEXT });
    if (!template) throw new Error('expected a template');
    const map = newMapFromTemplate(template, {
      title: 'Onboarding',
      author: 'Ana',
      language: 'uk',
    });
    expect(map).toMatchObject({
      title: 'Onboarding',
      author: 'Ana',
      language: 'uk',
      template: 'classic',
    });
    expect(map.stages.map((s) => s.id)).toEqual(template.map.stages.map((s) => s.id));
    map.stages.splice(0, 1, { id: 'awareness', name: 'Changed' });
    map.cards.push({ id: 'c', laneId: 'actions', stageId: 'awareness', order: 'a0', text: 'x' });
    expect(template.map.stages[0]?.name).toBe('Awareness');
    expect(template.map.cards).toEqual([]);
    expect(loadMap(serializeMap(map)).ok).toBe(true);
  });

  test('a title longer than the format allows is clipped, so the new map is valid', () => {
    const [template] = buildTemplateCatalog({ '01-classic.journey.json': TEMPLATE_TEXT });
    if (!template) throw new Error('expected a template');
    const map = newMapFromTemplate(template, { title: 'x'.repeat(2000) });
    expect(map.title).toHaveLength(500);
    expect(loadMap(serializeMap(map)).ok).toBe(true);
  });
});
