import fc from 'fast-check';
import { normaliseStageName } from '../../../../shared/import';
import { loadMapValue } from '../../../../shared/load';
import {
  CHANNELS,
  CURRENT_VERSION,
  EVIDENCE_STATUSES,
  FORMAT,
  LANE_KINDS,
  PRIORITIES,
  SEVERITIES,
  type JourneyMap,
} from '../../../../shared/model';
import { cardRows, type CardRow } from '../../../../shared/cardsTable';

/** Pieces that spreadsheets and CSV treat specially, and letters of our languages. */
const PIECES = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '"',
  "'",
  "''",
  ',',
  ';',
  ' ',
  '#',
  '=1+2',
  "'=1+2",
  '@SUM(A1)',
  'a',
  'Ж',
  'ї',
  'ё',
  'ą',
  'ł',
  'س',
  'ی',
  '۱۲',
  '1,5',
  '٫',
];

/** A card text: any run of the pieces (empty included). */
export const textArb = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 10 })
  .map((parts) => parts.join(''));

/** A value an empty cell would not tell from none (a KPI value, a source). */
const filled = textArb.filter((text) => text !== '');

/** Names: trimmed, not empty, and distinct as an import compares them. */
const namesArb = (min: number, max: number) =>
  fc.uniqueArray(
    textArb.map((text) => text.trim()).filter((text) => text !== '' && text.length <= 40),
    { minLength: min, maxLength: max, selector: normaliseStageName },
  );

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A valid map with random stages, lanes, personas and cards in every kind of field. */
export const cardMapArb: fc.Arbitrary<JourneyMap> = fc
  .record({
    stages: namesArb(1, 4),
    lanes: fc.array(fc.constantFrom(...LANE_KINDS), { minLength: 1, maxLength: 4 }),
    laneNames: namesArb(4, 4),
    personas: namesArb(0, 2),
    cards: fc.array(
      fc.record({
        stage: fc.nat(),
        lane: fc.nat(),
        text: textArb,
        color: optional(fc.constantFrom('#1e88e5', '#FFAA00')),
        evidence: optional(
          fc.record({
            status: fc.constantFrom(...EVIDENCE_STATUSES),
            source: optional(filled),
          }),
        ),
        score: optional(fc.integer({ min: -2, max: 2 })),
        persona: optional(fc.nat()),
        channel: optional(fc.constantFrom(...CHANNELS)),
        severity: optional(fc.constantFrom(...SEVERITIES)),
        priority: optional(fc.constantFrom(...PRIORITIES)),
        metric: optional(fc.record({ value: filled, target: optional(filled) })),
        votes: optional(fc.integer({ min: 0, max: 1_000_000 })),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ stages, lanes, laneNames, personas, cards }) => {
    const input = {
      format: FORMAT,
      version: CURRENT_VERSION,
      title: 'Round trip',
      stages: stages.map((name, i) => ({ id: `s${i}`, name })),
      lanes: lanes.map((kind, i) => ({ id: `l${i}`, name: laneNames[i], kind })),
      personas: personas.map((name, i) => ({ id: `p${i}`, name })),
      cards: cards.map(({ stage, lane, persona, evidence, metric, ...card }, i) =>
        strip({
          ...card,
          id: `c${i}`,
          stageId: `s${stage % stages.length}`,
          laneId: `l${lane % lanes.length}`,
          personaId:
            persona === undefined || personas.length === 0
              ? undefined
              : `p${persona % personas.length}`,
          evidence: evidence && strip(evidence),
          metric: metric && strip(metric),
        }),
      ),
    };
    const loaded = loadMapValue(input);
    if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
    return loaded.map;
  });

function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The rows of each cell (stage and lane), in order: what a round trip must keep. */
export function rowsByCell(map: JourneyMap): Map<string, CardRow[]> {
  const cells = new Map<string, CardRow[]>();
  for (const row of cardRows(map)) {
    const key = `${row.stage}\u0000${row.lane}`;
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  return cells;
}
