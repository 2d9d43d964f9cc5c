import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../../shared/load';
import { funnelOf, metricRows, reviewStatus } from '../../../../shared/metrics';
import type { JourneyMap, LaneKind } from '../../../../shared/model';
import { checkInvariants } from '../../../../shared/ops';
import { serializeMap } from '../../../../shared/serialize';
import { buildTemplateCatalog } from '../../../../shared/templates';

/**
 * The filled examples (templates/examples) are what a consultant opens first and what the
 * tests and benchmarks use as real maps: each must load clean, be canonical and carry real
 * content with metrics.
 */
const DIR = 'templates/examples';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.journey.json'))
  .sort();
const texts = Object.fromEntries(files.map((f) => [f, readFileSync(`${DIR}/${f}`, 'utf8')]));
const catalog = buildTemplateCatalog(texts, (problem) => {
  throw new Error(`${problem.fileName}: ${problem.reason}`);
});
const byId = (id: string): JourneyMap => {
  const example = catalog.find((e) => e.id === id);
  if (!example) throw new Error(`no example ${id}`);
  return example.map;
};
const kinds = (map: JourneyMap): Set<LaneKind> => new Set(map.lanes.map((lane) => lane.kind));
const cardsOfKind = (map: JourneyMap, kind: LaneKind) =>
  map.cards.filter((card) => map.lanes.find((lane) => lane.id === card.laneId)?.kind === kind);

describe('example maps', () => {
  test('the three examples are in the catalogue, in order', () => {
    expect(catalog.map((e) => [e.id, e.map.language])).toEqual([
      ['online-store-ru', 'ru'],
      ['b2b-saas-onboarding-en', 'en'],
      ['service-blueprint-fa', 'fa'],
    ]);
  });

  test.each(files)('%s loads with no warning and is in canonical form', (file) => {
    const text = texts[file] as string;
    const loaded = loadMap(text);
    if (!loaded.ok) throw new Error(loaded.errors.map((p) => p.message).join('; '));
    expect(loaded.warnings).toEqual([]);
    expect(serializeMap(loaded.map)).toBe(text);
    expect(checkInvariants(loaded.map)).toEqual([]);
  });

  test.each(files)('%s is a filled map: personas, emotions, pains, ideas, metrics', (file) => {
    const loaded = loadMap(texts[file] as string);
    if (!loaded.ok) throw new Error('expected a map');
    const { map } = loaded;
    expect(map.personas.length).toBeGreaterThan(0);
    expect(map.personas[0]?.goals.length).toBeGreaterThan(0);
    expect(map.stages.length).toBeGreaterThanOrEqual(6);
    for (const kind of ['actions', 'emotions', 'painPoints', 'opportunities'] as const) {
      expect(cardsOfKind(map, kind).length, kind).toBeGreaterThanOrEqual(4);
    }
    expect(cardsOfKind(map, 'emotions').every((card) => card.score !== undefined)).toBe(true);
    expect(map.metrics.length).toBeGreaterThanOrEqual(2);
    // Every metric has values, and on two dates at least: the trend shows.
    for (const row of metricRows(map)) {
      expect(row.dates.length, row.metric.name).toBeGreaterThanOrEqual(2);
      expect([...row.values.values()].every((v) => v.previous !== undefined)).toBe(true);
    }
    expect(map.nextReview).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(map.description.length).toBeGreaterThan(80);
    expect(texts[file]).not.toMatch(/lorem|ipsum|TODO|xxx/i);
  });

  test('the Russian store: a CRM funnel over its six stages, two monthly snapshots, ₽ order value', () => {
    const map = byId('online-store-ru');
    expect(map.stages.map((s) => s.name)).toEqual([
      'Посетители',
      'Карточка товара',
      'Корзина',
      'Оформление',
      'Оплата',
      'Повторная покупка',
    ]);
    const funnel = funnelOf(map, 'customers');
    expect(funnel?.date).toBe('2026-10-31');
    expect(funnel?.steps).toHaveLength(6);
    // The description names where customers get lost; the funnel agrees.
    expect(funnel?.steps[funnel.biggestDrop ?? -1]?.stageId).toBe('product-page');
    expect(map.description).toContain('между карточкой товара и корзиной');
    expect(new Set(map.measurements.map((m) => m.date))).toEqual(
      new Set(['2026-09-30', '2026-10-31']),
    );
    expect(map.metrics.map((m) => [m.kind, m.unit])).toContainEqual(['currency', 'RUB']);
    expect(map.metrics.map((m) => m.kind)).toContain('percent');
    expect(map.metricSources[0]?.mapping.layout).toBe('records');
  });

  test('the SaaS onboarding: NPS and CSAT per stage over two quarters, time to value lower-better', () => {
    const map = byId('b2b-saas-onboarding-en');
    const names = map.metrics.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['NPS', 'CSAT', 'Time to value']));
    expect(new Set(map.measurements.map((m) => m.date))).toEqual(
      new Set(['2026-06-30', '2026-09-30']),
    );
    const ttv = map.metrics.find((m) => m.name === 'Time to value');
    expect(ttv).toMatchObject({ kind: 'duration', unit: 'days', higherIsBetter: false });
    expect(map.metrics.every((m) => m.target !== undefined)).toBe(true);
    expect(map.personas.length).toBeGreaterThanOrEqual(2);
  });

  test('the Persian blueprint: right to left, blueprint lanes and lines, CES per stage', () => {
    const map = byId('service-blueprint-fa');
    expect(map).toMatchObject({ language: 'fa', direction: 'rtl', mapType: 'serviceBlueprint' });
    for (const kind of ['physicalEvidence', 'frontstage', 'backstage', 'support'] as const) {
      expect(kinds(map).has(kind), kind).toBe(true);
    }
    expect(map.lanes.map((l) => l.lineBelow).filter(Boolean)).toEqual([
      'interaction',
      'visibility',
      'internalInteraction',
    ]);
    const ces = map.metrics.find((m) => m.unit === 'CES');
    expect(ces?.kind).toBe('score');
    const cesStages = new Set(
      map.measurements.filter((m) => m.metricId === ces?.id).map((m) => m.stageId),
    );
    expect(cesStages.size).toBe(map.stages.length);
  });

  test('review dates: on 2026-12-01 one example is overdue, one due, one scheduled', () => {
    const states = catalog.map((e) => reviewStatus(e.map.nextReview, '2026-12-01').state);
    expect(states.sort()).toEqual(['due', 'overdue', 'scheduled']);
    expect(reviewStatus(byId('online-store-ru').nextReview, '2026-12-01').state).toBe('overdue');
  });
});
