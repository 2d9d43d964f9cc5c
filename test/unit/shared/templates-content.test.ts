import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { JourneyMapSchema, SCHEMA_URL, type JourneyMap } from '../../../shared/model';
import { checkInvariants } from '../../../shared/ops';

const DIR = 'templates';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.journey.json'))
  .sort();
const read = (file: string): { text: string; raw: unknown; map: JourneyMap } => {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  const raw: unknown = JSON.parse(text);
  return { text, raw, map: JourneyMapSchema.parse(raw) };
};
const READABLE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

describe('bundled templates', () => {
  test('there are at least ten, numbered in gallery order without gaps', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files.map((f) => f.slice(0, 3))).toEqual(
      files.map((_, i) => `${String(i + 1).padStart(2, '0')}-`),
    );
  });

  test.each(files)('%s is a valid blank map named after its template id', (file) => {
    const { map } = read(file);
    expect(`${file.slice(3, -'.journey.json'.length)}`).toBe(map.template);
    expect(map.$schema).toBe(SCHEMA_URL);
    expect(map.description.length).toBeGreaterThan(20);
    expect(map.stages.length).toBeGreaterThanOrEqual(3);
    expect(map.lanes.length).toBeGreaterThanOrEqual(2);
    expect(map.cards).toEqual([]);
    expect(checkInvariants(map)).toEqual([]);
    for (const { id } of [...map.stages, ...map.lanes]) expect(id).toMatch(READABLE_ID);
  });

  test.each(files)('%s has every default and the schema’s key order', (file) => {
    const { raw, map } = read(file);
    // Parsing fills defaults and orders keys as the schema does: a canonical file is unchanged.
    expect(JSON.stringify(raw)).toBe(JSON.stringify(map));
  });

  test('template ids are unique', () => {
    const ids = files.map((f) => read(f).map.template);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the practitioner templates have the stages and lanes their method calls for', () => {
    const byId = new Map(files.map((f) => [read(f).map.template, read(f).map]));
    const stages = (id: string): string[] => byId.get(id)?.stages.map((s) => s.name) ?? [];
    expect(stages('classic')).toEqual([
      'Awareness',
      'Interest',
      'Consideration',
      'Purchase',
      'Loyalty',
      'Advocacy',
    ]);
    expect(stages('aida')).toEqual(['Attention', 'Interest', 'Desire', 'Action']);
    expect(stages('lifecycle')).toEqual([
      'Awareness',
      'Consideration',
      'Acquisition',
      'Purchase',
      'Service',
      'Loyalty',
    ]);
    const blueprint = byId.get('service-blueprint');
    expect(blueprint?.mapType).toBe('serviceBlueprint');
    expect(blueprint?.lanes.map((l) => [l.kind, l.lineBelow])).toEqual([
      ['physicalEvidence', undefined],
      ['actions', 'interaction'],
      ['frontstage', 'visibility'],
      ['backstage', 'internalInteraction'],
      ['support', undefined],
    ]);
    expect(byId.get('day-in-the-life')?.mapType).toBe('dayInTheLife');
    expect(byId.get('future-state')?.mapType).toBe('futureState');
    for (const id of ['ecommerce-purchase', 'b2b-saas-onboarding', 'support-resolution', 'blank']) {
      expect(byId.has(id), id).toBe(true);
    }
  });
});
