import fc from 'fast-check';
import {
  orderKeyBetween,
  BLUEPRINT_LINES,
  CHANNELS,
  CONNECTOR_KINDS,
  EVIDENCE_STATUSES,
  JourneyMapSchema,
  LANE_KINDS,
  MAP_TYPES,
  PRIORITIES,
  SEVERITIES,
  type JourneyMap,
} from '../../../../shared/model';
import type { Operation } from '../../../../shared/ops';

/**
 * Random maps and random operations for the property tests. Operations draw their ids from
 * small pools shared with the maps (`s0`…, `l0`…, `c0`…), so that most name something that
 * exists and some name something that does not.
 */

const pool = (prefix: string, size: number): fc.Arbitrary<string> =>
  fc.nat(size - 1).map((n) => `${prefix}${n}`);
/** Mostly ids that random maps have, sometimes ones they lack. */
const mostly = (prefix: string, common: number, all: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: pool(prefix, common) },
    { weight: 1, arbitrary: pool(prefix, all) },
  );
const stageId = mostly('s', 3, 8);
const laneId = mostly('l', 2, 7);
const cardId = pool('c', 14);
/** Ids for new cards: free more often than not. */
const newCardId = pool('c', 40);
const connectorId = pool('k', 10);
const personaId = pool('p', 4);
const noteId = pool('n', 4);
const ids = (arb: fc.Arbitrary<string>): fc.Arbitrary<string[]> => fc.array(arb, { maxLength: 5 });
const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(10_050)) },
);
const color = fc.constantFrom('#ff0000', '#1e88e5', 'red', '#12345', '#ABCDEF');
const index = fc.option(fc.integer({ min: -3, max: 40 }), { nil: undefined });
const score = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double(), fc.constant(Number.NaN));

/** A valid map with up to 6 stages, 5 lanes, 3 personas and 16 cards. */
export const mapArb: fc.Arbitrary<JourneyMap> = fc
  .record({
    // Mostly maps with cells, sometimes an empty one.
    stages: fc.oneof(
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 6 }) },
    ),
    lanes: fc.array(fc.constantFrom(...LANE_KINDS), { minLength: 1, maxLength: 5 }),
    lines: fc.array(fc.option(fc.constantFrom(...BLUEPRINT_LINES), { nil: undefined }), {
      minLength: 5,
      maxLength: 5,
    }),
    personas: fc.integer({ min: 0, max: 3 }),
    cards: fc.array(
      fc.record({
        lane: fc.nat(),
        stage: fc.nat(),
        score: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
        persona: fc.option(fc.nat(), { nil: undefined }),
        votes: fc.option(fc.nat(20), { nil: undefined }),
      }),
      { minLength: 2, maxLength: 16 },
    ),
    connectors: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
    notes: fc.integer({ min: 0, max: 3 }),
    direction: fc.constantFrom('ltr', 'rtl'),
  })
  .map((r) => {
    const stages = Array.from({ length: r.stages }, (_, i) => ({
      id: `s${i}`,
      name: `Stage ${i}`,
    }));
    const lanes = r.lanes.map((kind, i) => ({
      id: `l${i}`,
      name: `Lane ${i}`,
      kind,
      ...(r.lines[i] ? { lineBelow: r.lines[i] } : {}),
    }));
    const personas = Array.from({ length: r.personas }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
    const orders = new Map<string, string>();
    const cards =
      stages.length && lanes.length
        ? r.cards.map((c, i) => {
            const lane = lanes[c.lane % lanes.length]?.id ?? '';
            const stage = stages[c.stage % stages.length]?.id ?? '';
            const key = `${lane}/${stage}`;
            const order = orderKeyBetween(orders.get(key) ?? null, null);
            orders.set(key, order);
            return {
              id: `c${i}`,
              laneId: lane,
              stageId: stage,
              order,
              text: `Card ${i}`,
              ...(c.score === undefined ? {} : { score: c.score }),
              ...(c.persona === undefined || personas.length === 0
                ? {}
                : { personaId: `p${c.persona % personas.length}` }),
              ...(c.votes === undefined ? {} : { votes: c.votes }),
            };
          })
        : [];
    const pairs = new Set<string>();
    const connectors = r.connectors.flatMap(([a, b], i) => {
      const from = cards[a % Math.max(1, cards.length)]?.id;
      const to = cards[b % Math.max(1, cards.length)]?.id;
      if (!from || !to || from === to || pairs.has(`${from}>${to}`)) return [];
      pairs.add(`${from}>${to}`);
      return [{ id: `k${i}`, from, to }];
    });
    const notes = Array.from({ length: r.notes }, (_, i) => ({
      id: `n${i}`,
      x: i * 50,
      y: -20,
      text: 'note',
    }));
    return JourneyMapSchema.parse({
      format: 'journey-map',
      version: 3,
      title: 'Random',
      direction: r.direction,
      personas,
      stages,
      lanes,
      cards,
      connectors,
      notes,
    });
  });

const cardFields = fc.record(
  {
    color: fc.option(color, { nil: null }),
    score: fc.option(score, { nil: null }),
    personaId: fc.option(personaId, { nil: null }),
    channel: fc.option(fc.constantFrom(...CHANNELS), { nil: null }),
    severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: null }),
    priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: null }),
    metric: fc.option(fc.record({ value: text, target: fc.option(text, { nil: undefined }) }), {
      nil: null,
    }),
    evidence: fc.option(
      fc.record({
        status: fc.constantFrom(...EVIDENCE_STATUSES),
        source: fc.option(text, { nil: undefined }),
      }),
      { nil: null },
    ),
  },
  { requiredKeys: [] },
);

const cardInput = fc.record({
  id: newCardId,
  laneId,
  stageId,
  text,
  score: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
  personaId: fc.option(personaId, { nil: undefined }),
});

/** Any operation, with valid and invalid payloads. */
export const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    type: fc.constant('setMapInfo'),
    changes: fc.record(
      {
        title: text,
        direction: fc.constantFrom('ltr', 'rtl'),
        mapType: fc.constantFrom(...MAP_TYPES),
        brandColor: color,
        nextReview: fc.constantFrom('2027-01-31', 'soon', null),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    type: fc.constant('addStage'),
    stage: fc.record({ id: stageId, name: text }),
    index,
  }),
  fc.record({ type: fc.constant('renameStage'), stageId, name: text }),
  fc.record({ type: fc.constant('recolorStage'), stageId, color: fc.option(color, { nil: null }) }),
  fc.record({ type: fc.constant('describeStage'), stageId, description: text }),
  fc.record({ type: fc.constant('moveStage'), stageId, toIndex: fc.integer({ min: -2, max: 9 }) }),
  fc.record({ type: fc.constant('deleteStage'), stageId }),
  fc.record({
    type: fc.constant('addLane'),
    lane: fc.record({
      id: laneId,
      name: text,
      kind: fc.constantFrom(...LANE_KINDS),
      lineBelow: fc.option(fc.constantFrom(...BLUEPRINT_LINES), { nil: undefined }),
    }),
    index,
  }),
  fc.record({ type: fc.constant('renameLane'), laneId, name: text }),
  fc.record({ type: fc.constant('recolorLane'), laneId, color: fc.option(color, { nil: null }) }),
  fc.record({ type: fc.constant('setLaneKind'), laneId, kind: fc.constantFrom(...LANE_KINDS) }),
  fc.record({
    type: fc.constant('setLaneLine'),
    laneId,
    line: fc.option(fc.constantFrom(...BLUEPRINT_LINES), { nil: null }),
  }),
  fc.record({ type: fc.constant('moveLane'), laneId, toIndex: fc.integer({ min: -2, max: 9 }) }),
  fc.record({ type: fc.constant('deleteLane'), laneId }),
  fc.record({ type: fc.constant('addCard'), card: cardInput, index }),
  fc.record({ type: fc.constant('setCardText'), cardId, text }),
  fc.record({ type: fc.constant('setCardFields'), cardIds: ids(cardId), fields: cardFields }),
  fc.record({
    type: fc.constant('addVotes'),
    cardIds: ids(cardId),
    delta: fc.integer({ min: -3, max: 3 }),
  }),
  fc.record({ type: fc.constant('deleteCards'), cardIds: ids(cardId) }),
  fc.record({ type: fc.constant('moveCards'), cardIds: ids(cardId), laneId, stageId, index }),
  fc.record({ type: fc.constant('duplicateCards'), cardIds: ids(cardId), newIds: ids(cardId) }),
  fc.record({
    type: fc.constant('insertCards'),
    cards: fc.array(cardInput, { maxLength: 4 }),
    connectors: fc.array(fc.record({ id: connectorId, from: cardId, to: cardId }), {
      maxLength: 3,
    }),
    target: fc.option(fc.record({ laneId, stageId, index }), { nil: undefined }),
  }),
  fc.record({
    type: fc.constant('addConnector'),
    connector: fc.record({
      id: connectorId,
      from: cardId,
      to: cardId,
      kind: fc.option(fc.constantFrom(...CONNECTOR_KINDS), { nil: undefined }),
    }),
  }),
  fc.record({
    type: fc.constant('reconnectConnector'),
    connectorId,
    from: fc.option(cardId, { nil: undefined }),
    to: fc.option(cardId, { nil: undefined }),
  }),
  fc.record({ type: fc.constant('setConnectorLabel'), connectorId, label: text }),
  fc.record({
    type: fc.constant('setConnectorKind'),
    connectorId,
    kind: fc.constantFrom(...CONNECTOR_KINDS),
  }),
  fc.record({ type: fc.constant('deleteConnectors'), connectorIds: ids(connectorId) }),
  fc.record({
    type: fc.constant('addPersona'),
    persona: fc.record({ id: personaId, name: text, color: fc.option(color, { nil: undefined }) }),
    index,
  }),
  fc.record({
    type: fc.constant('updatePersona'),
    personaId,
    changes: fc.record(
      {
        name: text,
        goals: fc.array(text, { maxLength: 3 }),
        color: fc.option(color, { nil: null }),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    type: fc.constant('movePersona'),
    personaId,
    toIndex: fc.integer({ min: -1, max: 5 }),
  }),
  fc.record({ type: fc.constant('deletePersona'), personaId }),
  fc.record({
    type: fc.constant('addNote'),
    note: fc.record({ id: noteId, x: fc.double(), y: fc.integer(), text }),
  }),
  fc.record({
    type: fc.constant('moveNotes'),
    moves: fc.array(fc.record({ noteId, x: fc.double(), y: fc.double() }), { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('setNoteText'), noteId, text }),
  fc.record({ type: fc.constant('recolorNote'), noteId, color: fc.option(color, { nil: null }) }),
  fc.record({ type: fc.constant('deleteNotes'), noteIds: ids(noteId) }),
) as fc.Arbitrary<Operation>;
