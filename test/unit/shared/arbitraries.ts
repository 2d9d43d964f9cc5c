/**
 * fast-check arbitraries for journey maps, for any test that needs many maps:
 * - `mapArbitrary`: valid, consistent maps as the editor keeps them (unique ids, references
 *   that resolve, increasing order keys per cell, other tools' `x-` fields on some records,
 *   stage metrics with values in distinct slots and remembered import mappings), which load
 *   without a single warning;
 * - `messyDocArbitrary`: map-like JSON with the defects the loader repairs (repeated ids,
 *   dangling references, scores out of range, NaN and Infinity, broken card orders);
 * - `spoiltDocArbitrary`: a valid map's JSON with one value, anywhere, replaced by any JSON.
 */
import fc from 'fast-check';
import { serializeMap } from '../../../shared/serialize';
import {
  CHANNELS,
  CONNECTOR_KINDS,
  DIRECTIONS,
  EVIDENCE_STATUSES,
  LANE_KINDS,
  LIMITS,
  MAP_TYPES,
  METRIC_KINDS,
  PRIORITIES,
  SEVERITIES,
  BLUEPRINT_LINES,
  orderKeyBetween,
  type Card,
  type Connector,
  type JourneyMap,
  type ImportMapping,
  type Lane,
  type Measurement,
  type Metric,
  type MetricSource,
  type Note,
  type Persona,
  type Stage,
} from '../../../shared/model';

/** Any text, including emoji, right-to-left scripts, control characters and lone surrogates. */
export const textArbitrary = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ maxLength, unit: 'binary' }),
    fc.constantFrom('Покупка', 'Zakupy łatwe', 'خرید آنلاین', 'Kauf 😀', ''),
  );

const idArbitrary = fc.string({ minLength: 1, maxLength: 12 });

/** A value another tool keeps in a field of its own (kept through load, edit and save). */
const foreignValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('id', 'url', 'ссылка', 'b', 'a'), fc.string(), { maxKeys: 3 }),
);

export const colorArbitrary = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, '0')}`);

const dateArbitrary = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const textListArbitrary = fc.array(textArbitrary(), { maxLength: 3 });

const personaFields = {
  name: textArbitrary(),
  role: textArbitrary(),
  quote: textArbitrary(),
  emoji: fc.constantFrom('🙂', '🧑‍💼', 'A'),
  photo: fc.constant('data:image/png;base64,iVBORw0KGgo='),
  color: colorArbitrary,
  goals: textListArbitrary,
  needs: textListArbitrary,
  motivations: textListArbitrary,
  pains: textListArbitrary,
  channels: textListArbitrary,
  'x-crm-id': foreignValue,
};
const PERSONA_REQUIRED = [
  'name',
  'role',
  'quote',
  'goals',
  'needs',
  'motivations',
  'pains',
  'channels',
] as const;

const stageFields = {
  name: textArbitrary(),
  description: textArbitrary(),
  color: colorArbitrary,
  'x-research': foreignValue,
};

const laneFields = {
  name: textArbitrary(),
  kind: fc.constantFrom(...LANE_KINDS),
  color: colorArbitrary,
  lineBelow: fc.constantFrom(...BLUEPRINT_LINES),
  'x-owner': foreignValue,
};

const cardFields = {
  text: textArbitrary(),
  color: colorArbitrary,
  evidence: fc.record(
    { status: fc.constantFrom(...EVIDENCE_STATUSES), source: textArbitrary() },
    { requiredKeys: ['status'] },
  ),
  score: fc.integer({ min: -2, max: 2 }),
  channel: fc.constantFrom(...CHANNELS),
  severity: fc.constantFrom(...SEVERITIES),
  priority: fc.constantFrom(...PRIORITIES),
  metric: fc.record(
    { value: textArbitrary(), target: textArbitrary() },
    { requiredKeys: ['value'] },
  ),
  votes: fc.integer({ min: 0, max: 1_000_000 }),
  'x-crm-id': foreignValue,
  'x-b': foreignValue,
};

const metaFields = {
  title: textArbitrary(),
  description: textArbitrary(),
  mapType: fc.constantFrom(...MAP_TYPES),
  language: fc.constantFrom('en', 'uk', 'pl', 'fa', 'de-CH'),
  direction: fc.constantFrom(...DIRECTIONS),
  client: textArbitrary(),
  author: textArbitrary(),
  brandColor: colorArbitrary,
  nextReview: dateArbitrary,
  template: fc.constantFrom('classic', 'blank'),
  'x-generator': foreignValue,
};
const META_REQUIRED = [
  'title',
  'description',
  'mapType',
  'language',
  'direction',
  'client',
  'author',
  'brandColor',
] as const;

/** Metric values: whole counts, percentages, money and any number the schema allows. */
const metricValueArbitrary = fc
  .oneof(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  )
  .filter((n) => !Object.is(n, -0));

const metricFields = {
  name: textArbitrary(),
  kind: fc.constantFrom(...METRIC_KINDS),
  unit: fc.constantFrom('NPS', '₽', 'USD', 'min', 'дн.', 'x'.repeat(LIMITS.metricUnit)),
  target: metricValueArbitrary,
  higherIsBetter: fc.boolean(),
  description: textArbitrary(),
  'x-bi-id': foreignValue,
};

const columnArbitrary = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constantFrom('Этап сделки', 'Deal Stage', 'مرحله', ' Stage '),
);

/** An import mapping of any layout; hand-mapped stage values name `stageIds` or are left out. */
function mappingArbitrary(stageIds: readonly string[]): fc.Arbitrary<ImportMapping> {
  const target =
    stageIds.length === 0
      ? fc.constant(null)
      : fc.option(fc.constantFrom(...stageIds), { nil: null });
  const common = {
    stageColumn: columnArbitrary,
    stageValues: fc.dictionary(
      fc.constantFrom('Closed lost', 'Лиды', 'خرید', ' won ', ''),
      target,
      {
        maxKeys: 3,
      },
    ),
    decimalMark: fc.constantFrom(',' as const, '.' as const),
    dateOrder: fc.constantFrom('dmy' as const, 'mdy' as const),
    date: dateArbitrary,
    'x-tool': foreignValue,
  };
  const optional = { requiredKeys: ['layout', 'stageColumn'] as ('layout' | 'stageColumn')[] };
  return fc.oneof(
    fc.record(
      {
        layout: fc.constant('long' as const),
        ...common,
        metricColumn: columnArbitrary,
        valueColumn: columnArbitrary,
        dateColumn: columnArbitrary,
      },
      { requiredKeys: [...optional.requiredKeys, 'metricColumn', 'valueColumn'] },
    ),
    fc.record(
      {
        layout: fc.constant('wide' as const),
        ...common,
        metricColumns: fc.array(columnArbitrary, { minLength: 1, maxLength: 3 }),
        dateColumn: columnArbitrary,
      },
      { requiredKeys: [...optional.requiredKeys, 'metricColumns'] },
    ),
    fc.record(
      {
        layout: fc.constant('records' as const),
        ...common,
        metric: columnArbitrary,
        cumulative: fc.boolean(),
      },
      { requiredKeys: [...optional.requiredKeys, 'metric', 'cumulative'] },
    ),
  ) as fc.Arbitrary<ImportMapping>;
}

/** Metrics, their values in distinct (metric, stage, date) slots, and remembered sources. */
function metricsArbitrary(
  stages: readonly { id: string }[],
): fc.Arbitrary<Pick<JourneyMap, 'metrics' | 'measurements' | 'metricSources'>> {
  const stageIds = stages.map((s) => s.id);
  return fc
    .record({
      metrics: records<Metric>(metricFields, ['name', 'kind', 'higherIsBetter'], 3),
      metricSources: records<MetricSource>(
        { name: textArbitrary(), mapping: mappingArbitrary(stageIds), imported: dateArbitrary },
        ['name', 'mapping'],
        2,
      ),
    })
    .chain(({ metrics, metricSources }) => {
      if (metrics.length === 0 || stages.length === 0) {
        return fc.constant({ metrics, measurements: [] as Measurement[], metricSources });
      }
      const slot = fc.record({
        metricId: fc.constantFrom(...metrics.map((m) => m.id)),
        stageId: fc.constantFrom(...stageIds),
        date: fc.constantFrom('2025-12-31', '2026-03-31', '2026-06-30'),
      });
      return fc
        .uniqueArray(slot, {
          maxLength: 8,
          selector: (s) => `${s.metricId}|${s.stageId}|${s.date}`,
        })
        .chain((slots) =>
          fc
            .tuple(
              fc.uniqueArray(idArbitrary, { minLength: slots.length, maxLength: slots.length }),
              fc.tuple(
                ...slots.map(() =>
                  fc.record(
                    { value: metricValueArbitrary, source: textArbitrary() },
                    { requiredKeys: ['value'] },
                  ),
                ),
              ),
            )
            .map(([ids, fields]) => ({
              metrics,
              measurements: slots.map(
                (s, i): Measurement =>
                  ({ id: ids[i] as string, ...s, ...fields[i] }) as Measurement,
              ),
              metricSources,
            })),
        );
    });
}

/**
 * Records with unique ids, their other fields from `fields`, of which `required` are always
 * present (the others sometimes absent). `T` names the record type the fields make up.
 */
function records<T extends { id: string }>(
  fields: Record<string, fc.Arbitrary<unknown>>,
  required: readonly string[],
  maxLength: number,
): fc.Arbitrary<T[]> {
  return fc
    .uniqueArray(idArbitrary, { maxLength })
    .chain((ids) =>
      fc
        .tuple(...ids.map(() => fc.record(fields, { requiredKeys: [...required] })))
        .map((list) => list.map((record, i) => ({ id: ids[i], ...record }) as unknown as T)),
    );
}

export interface MapSizes {
  stages?: number;
  lanes?: number;
  cards?: number;
}

/** Valid, consistent maps, as the editor keeps them. */
export function mapArbitrary(sizes: MapSizes = {}): fc.Arbitrary<JourneyMap> {
  return fc
    .record({
      meta: fc.record(metaFields, { requiredKeys: [...META_REQUIRED] }),
      personas: records<Persona>(personaFields, PERSONA_REQUIRED, 3),
      stages: records<Stage>(stageFields, ['name'], sizes.stages ?? 5),
      lanes: records<Lane>(laneFields, ['name', 'kind'], sizes.lanes ?? 5),
      notes: records<Note>(
        {
          x: fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }),
          y: fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }),
          text: textArbitrary(),
          color: colorArbitrary,
        },
        ['x', 'y', 'text'],
        2,
      ),
    })
    .chain((parts) => metricsArbitrary(parts.stages).map((metrics) => ({ ...parts, metrics })))
    .chain(({ meta, personas, stages, lanes, notes, metrics }) => {
      const cellCount = stages.length * lanes.length;
      const cards =
        cellCount === 0
          ? fc.constant([] as Card[])
          : records<CardDraft & { id: string }>(cardFields, ['text'], sizes.cards ?? 12).chain(
              (list) =>
                fc
                  .tuple(
                    ...list.map(() =>
                      fc.record({
                        cell: fc.nat(cellCount - 1),
                        persona: fc.option(fc.nat(Math.max(0, personas.length - 1)), {
                          nil: undefined,
                        }),
                      }),
                    ),
                  )
                  .map((places) => placeCards(list, places, stages, lanes, personas)),
            );
      return cards.chain((cardList) => {
        const connectors =
          cardList.length === 0
            ? fc.constant<Connector[]>([])
            : records<Connector>(
                {
                  from: fc.constantFrom(...cardList.map((card) => card.id)),
                  to: fc.constantFrom(...cardList.map((card) => card.id)),
                  kind: fc.constantFrom(...CONNECTOR_KINDS),
                  label: textArbitrary(),
                },
                ['from', 'to', 'kind'],
                4,
              );
        return connectors.map((connectorList): JourneyMap => ({
          format: 'journey-map',
          version: 3,
          ...meta,
          personas,
          stages,
          lanes,
          cards: cardList,
          connectors: connectorList,
          notes,
          ...metrics,
        }));
      });
    });
}

type CardDraft = Omit<Card, 'laneId' | 'stageId' | 'order'>;

/** Puts each card in a cell and gives the cards of each cell increasing order keys in list order. */
function placeCards(
  list: CardDraft[],
  places: { cell: number; persona: number | undefined }[],
  stages: { id: string }[],
  lanes: { id: string }[],
  personas: { id: string }[],
): Card[] {
  const lastKeys = new Map<number, string>();
  return list.map((draft, i) => {
    const place = places[i] as { cell: number; persona: number | undefined };
    const order = orderKeyBetween(lastKeys.get(place.cell) ?? null, null);
    lastKeys.set(place.cell, order);
    const card: Card = {
      ...draft,
      laneId: (lanes[place.cell % lanes.length] as { id: string }).id,
      stageId: (stages[Math.floor(place.cell / lanes.length)] as { id: string }).id,
      order,
    };
    const persona = place.persona === undefined ? undefined : personas[place.persona];
    if (persona) card.personaId = persona.id;
    return card;
  });
}

/** Ids from a small pool, so that repeats and references to nothing are common. */
const messyId = fc.constantFrom('a', 'b', 'c', 'd', 'e');

const messyNumber = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ min: -10, max: 10 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e300),
);

/** Map-like documents with every defect the loader repairs; structurally they are valid. */
export const messyDocArbitrary: fc.Arbitrary<Record<string, unknown>> = fc.record({
  format: fc.constant('journey-map'),
  version: fc.constantFrom(1, 2),
  title: textArbitrary(),
  personas: fc.array(fc.record({ id: messyId, name: textArbitrary() }), { maxLength: 3 }),
  stages: fc.array(fc.record({ id: messyId, name: textArbitrary() }), { maxLength: 4 }),
  lanes: fc.array(
    fc.record({ id: messyId, name: textArbitrary(), kind: fc.constantFrom(...LANE_KINDS) }),
    { maxLength: 4 },
  ),
  cards: fc.array(
    fc.record(
      {
        id: messyId,
        laneId: messyId,
        stageId: messyId,
        order: fc.oneof(
          fc.nat(4),
          messyNumber,
          fc.constantFrom('a0', 'a1', 'a0V', 'Zz', 'a', 'a10', '', 'A00000000000000000000000000'),
        ),
        text: textArbitrary(),
        score: messyNumber,
        votes: messyNumber,
        personaId: messyId,
      },
      { requiredKeys: ['id', 'laneId', 'stageId', 'text'] },
    ),
    { maxLength: 12 },
  ),
  connectors: fc.array(fc.record({ id: messyId, from: messyId, to: messyId }), { maxLength: 5 }),
  notes: fc.array(
    fc.record({ id: messyId, x: messyNumber, y: messyNumber, text: textArbitrary() }),
    { maxLength: 3 },
  ),
});

type JsonPath = (string | number)[];

/** Every place in a JSON value, as a path of keys and indices. */
function jsonPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v: unknown, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => jsonPaths(child, [...prefix, key]))];
}

/** A copy of `root` with the value at `path` replaced. */
export function setAtPath(root: unknown, path: JsonPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = setAtPath(copy[head], rest, value);
  return copy;
}

/** A valid map's JSON (parsed) with one value, anywhere, replaced by any JSON value. */
export function spoiltDocArbitrary(maxDepth = 2): fc.Arbitrary<unknown> {
  return fc
    .tuple(mapArbitrary(), fc.nat(), fc.jsonValue({ maxDepth }))
    .map(([map, pick, replacement]) => {
      const doc: unknown = JSON.parse(serializeMap(map));
      const all = jsonPaths(doc);
      return setAtPath(doc, all[pick % all.length] ?? [], replacement);
    });
}
