/**
 * Property: two branches that edit disjoint records of a map (with the real operations of
 * `shared/ops`) merge to the same map as applying both edit sequences one after the other.
 * Cards' `order` values are left out of the comparison: where two branches add cards to the
 * same cell, the merge orders them by key and id, the sequence by who came first; the
 * cells' contents and everything else must be equal.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeMaps } from '../../../../shared/merge';
import { CHANNELS, SEVERITIES, type JourneyMap } from '../../../../shared/model';
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
  return fc.array(fc.oneof(...choices), { maxLength: 6 });
}

/** The map as the property compares it: cards by id without their order value. */
function normalised(map: JourneyMap): unknown {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...map,
    cards: byId(map.cards).map(({ order: _order, ...card }) => card),
    connectors: byId(map.connectors),
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
