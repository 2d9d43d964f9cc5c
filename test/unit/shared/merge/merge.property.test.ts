/**
 * Property: two branches that edit disjoint records of a map (with the real operations of
 * `shared/ops`) merge to the same map as applying both edit sequences one after the other.
 * Cards' `order` values are left out of the comparison: where two branches add cards to the
 * same cell, the merge orders them by key and id, the sequence by who came first; the
 * cells' contents and everything else must be equal. Both branches also import metric values
 * (each on dates of its own, as two refreshes of the same export) and edit their own metrics
 * and values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeMaps } from '../../../../shared/merge';
import { CHANNELS, SEVERITIES, type JourneyMap, type Measurement } from '../../../../shared/model';
import { applyOperations, type Operation } from '../../../../shared/ops';
import { mapArb } from '../ops/opArbitraries';

type Side = 'o' | 't';

/** The records a side may touch: every other one, so the two sides never share one. */
function owned<T extends { id: string }>(records: readonly T[], side: Side): string[] {
  return records.filter((_, i) => i % 2 === (side === 'o' ? 0 : 1)).map((r) => r.id);
}

/** Operations that one side makes on its own records (and new cards with its own ids). */
function sideOps(map: JourneyMap, side: Side): fc.Arbitrary<Operation[]> {
  const cards = owned(map.cards, side);
  const linked = new Set(map.connectors.flatMap((c) => [c.from, c.to]));
  const stages = owned(map.stages, side);
  const lanes = owned(map.lanes, side);
  const personas = owned(map.personas, side);
  const cell = fc.record({
    laneId: fc.constantFrom(...map.lanes.map((l) => l.id)),
    stageId: fc.constantFrom(...map.stages.map((s) => s.id)),
  });
  const text = fc.string({ maxLength: 8 });
  const choices: fc.Arbitrary<Operation>[] = [
    fc.tuple(fc.nat(99), cell, text).map(([n, at, t]): Operation => ({
      type: 'addCard',
      card: { id: `${side}-${n}`, ...at, text: t },
    })),
  ];
  if (cards.length > 0) {
    const card = fc.constantFrom(...cards);
    choices.push(
      fc.record({ cardId: card, text }).map((op): Operation => ({ type: 'setCardText', ...op })),
      fc
        .record({
          cardIds: card.map((id) => [id]),
          fields: fc.record(
            {
              severity: fc.constantFrom(...SEVERITIES),
              channel: fc.constantFrom(...CHANNELS),
              color: fc.constantFrom('#ff0000', '#00ff00'),
            },
            { requiredKeys: [] },
          ),
        })
        .map((op): Operation => ({ type: 'setCardFields', ...op })),
      fc
        .tuple(card, cell)
        .map(([id, at]): Operation => ({ type: 'moveCards', cardIds: [id], ...at })),
    );
    const free = cards.filter((id) => !linked.has(id));
    if (free.length > 0) {
      choices.push(
        fc.constantFrom(...free).map((id): Operation => ({ type: 'deleteCards', cardIds: [id] })),
      );
    }
  }
  if (stages.length > 0) {
    choices.push(
      fc
        .record({ stageId: fc.constantFrom(...stages), name: text })
        .map((op): Operation => ({ type: 'renameStage', ...op })),
    );
  }
  if (lanes.length > 0) {
    choices.push(
      fc
        .record({ laneId: fc.constantFrom(...lanes), name: text })
        .map((op): Operation => ({ type: 'renameLane', ...op })),
    );
  }
  if (personas.length > 0) {
    choices.push(
      fc.record({ personaId: fc.constantFrom(...personas), name: text }).map((op): Operation => ({
        type: 'updatePersona',
        personaId: op.personaId,
        changes: { name: op.name },
      })),
    );
  }
  choices.push(...metricOps(map, side));
  return fc.array(fc.oneof(...choices), { maxLength: 6 });
}

/** The base map with three metrics, values of the first quarter and a remembered source. */
function withMetrics(map: JourneyMap): JourneyMap {
  const metrics = ['Visitors', 'Conversion', 'NPS'].map((name, i) => ({
    id: `m${i}`,
    name,
    kind: 'count' as const,
    higherIsBetter: true,
  }));
  const measurements = map.stages.flatMap((stage, i) =>
    metrics.map((metric, j): Measurement => ({
      id: `v${i}-${j}`,
      metricId: metric.id,
      stageId: stage.id,
      value: 100 * (i + 1) + j,
      date: '2026-03-31',
    })),
  );
  const source = {
    id: 'src',
    name: 'crm.csv',
    mapping: { layout: 'wide' as const, stageColumn: 'Stage', metricColumns: ['Visitors'] },
  };
  return { ...map, metrics, measurements, metricSources: [source] };
}

/**
 * Metric edits of one side: imports of values on its own dates (to any metric and stage, or
 * to a metric it defines), and edits of its own metrics and base values.
 */
function metricOps(map: JourneyMap, side: Side): fc.Arbitrary<Operation>[] {
  const stage = fc.constantFrom(...map.stages.map((s) => s.id));
  const date = fc.constantFrom(
    ...(side === 'o' ? ['2026-04-30', '2026-05-31'] : ['2026-06-30', '2026-07-31']),
  );
  const number = fc.integer({ min: 0, max: 5000 });
  const metrics = owned(map.metrics, side);
  const values = owned(map.measurements, side);
  const choices: fc.Arbitrary<Operation>[] = [
    fc
      .tuple(fc.nat(30), fc.constantFrom(...map.metrics.map((m) => m.id)), stage, date, number)
      .map(([n, metricId, stageId, day, value]): Operation => ({
        type: 'importMeasurements',
        metrics: [],
        measurements: [{ id: `${side}-v${n}`, metricId, stageId, date: day, value }],
      })),
    fc.tuple(fc.nat(5), stage, date, number).map(([n, stageId, day, value]): Operation => ({
      type: 'importMeasurements',
      metrics: [
        { id: `${side}-m${n}`, name: `${side} metric ${n}`, kind: 'score', higherIsBetter: false },
      ],
      measurements: [
        { id: `${side}-mv${n}`, metricId: `${side}-m${n}`, stageId, date: day, value },
      ],
    })),
  ];
  if (metrics.length > 0) {
    choices.push(
      fc
        .tuple(
          fc.constantFrom(...metrics),
          fc.option(number, { nil: null }),
          fc.constantFrom('NPS', 'min'),
        )
        .map(([metricId, target, unit]): Operation => ({
          type: 'updateMetric',
          metricId,
          changes: { target, unit },
        })),
    );
  }
  if (values.length > 0) {
    const value = fc.constantFrom(...values);
    choices.push(
      value.map((id): Operation => ({ type: 'deleteMeasurements', measurementIds: [id] })),
      fc.tuple(value, number).map(([id, v]): Operation => {
        const m = map.measurements.find((x) => x.id === id) as Measurement;
        return { type: 'setMeasurement', measurement: { ...m, value: v } };
      }),
    );
  }
  return choices;
}

/** The map as the property compares it: cards by id without their order value. */
function normalised(map: JourneyMap): unknown {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...map,
    cards: byId(map.cards).map(({ order: _order, ...card }) => card),
    connectors: byId(map.connectors),
    // Values and sources sit in the file in canonical order; in memory their order is free.
    // Metrics both sides add at the end are ordered by id in the merge, by who came first in
    // the sequence (as cards in one cell).
    metrics: byId(map.metrics),
    measurements: byId(map.measurements),
    metricSources: byId(map.metricSources),
  };
}

/**
 * Each operation in a `produce` of its own, as the editor's store applies user actions.
 * (Several in one `applyOperations` call trip over a frozen card when a delete precedes a
 * move: `removeCards` puts plain cards into the draft's list, which `moveCards` then writes.)
 */
function applyEach(map: JourneyMap, ops: readonly Operation[]): JourneyMap {
  return ops.reduce((current, op) => applyOperations(current, [op]), map);
}

const scenario = mapArb
  .filter((map) => map.stages.length > 0 && map.lanes.length > 0)
  .map(withMetrics)
  .chain((base) => fc.tuple(fc.constant(base), sideOps(base, 'o'), sideOps(base, 't')));

describe('merge of disjoint edits', () => {
  test('property: equals applying both operation sequences', () => {
    fc.assert(
      fc.property(scenario, ([base, oursOps, theirsOps]) => {
        const ours = applyEach(base, oursOps);
        const theirs = applyEach(base, theirsOps);
        const result = mergeMaps(base, ours, theirs);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.conflicts).toEqual([]);
        expect(result.warnings).toEqual([]);
        const both = applyEach(ours, theirsOps);
        expect(normalised(result.map)).toEqual(normalised(both));
      }),
      { numRuns: 300 },
    );
  });
});
