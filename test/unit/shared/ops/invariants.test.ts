import fc from 'fast-check';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import { describe, expect, test } from 'vitest';
import {
  applyOperation,
  checkInvariants,
  operationLabel,
  OPERATION_TYPES,
  type Operation,
} from '../../../../shared/ops';
import { mapArb, operationArb } from './opArbitraries';
import { sampleMap } from './sampleMap';

enablePatches();

describe('operations keep the document valid', () => {
  test('the sample map and the random maps start valid', () => {
    expect(checkInvariants(sampleMap())).toEqual([]);
    fc.assert(
      fc.property(mapArb, (map) => {
        expect(checkInvariants(map)).toEqual([]);
      }),
    );
  });

  test('checkInvariants finds broken orders, dangling references and duplicates', () => {
    const map = sampleMap();
    const broken = {
      ...map,
      cards: [
        ...map.cards.map((c) => (c.id === 'a2' ? { ...c, order: 'a0' } : c)),
        { id: 'a1', laneId: 'act', stageId: 's1', order: 'a3', text: '' },
        { id: 'a9', laneId: 'act', stageId: 's1', order: 'a10', text: '' },
        {
          id: 'x',
          laneId: 'gone',
          stageId: 's1',
          order: 'a0',
          text: '',
          score: 3,
          personaId: 'no',
        },
      ],
      connectors: [...map.connectors, { id: 'k', from: 'a1', to: 'ghost', kind: 'flow' as const }],
    };
    const problems = checkInvariants(broken).join('\n');
    expect(problems).toMatch(/cards\.\d+\.score/);
    expect(problems).toMatch(/duplicate id a1/);
    expect(problems).toMatch(/no lane gone/);
    expect(problems).toMatch(/no persona no/);
    expect(problems).toMatch(/cell act × s1: order key a0 twice/);
    expect(problems).toMatch(/card a9: bad order key a10/);
    expect(problems).toMatch(/connector k: no card ghost/);
  });

  test('property: any sequence of operations keeps every invariant, and undo restores', () => {
    fc.assert(
      fc.property(mapArb, fc.array(operationArb, { maxLength: 25 }), (start, ops) => {
        let map = start;
        for (const op of ops) {
          const [next, patches, inverse] = produceWithPatches(map, (draft) =>
            applyOperation(draft, op),
          );
          const problems = checkInvariants(next);
          if (problems.length > 0) {
            throw new Error(`${JSON.stringify(op).slice(0, 300)}\n${problems.join('\n')}`);
          }
          // Undo (inverse patches) gives back the map before, redo the map after.
          expect(applyPatches(next, inverse)).toEqual(map);
          expect(applyPatches(map, patches)).toEqual(next);
          map = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  test('an unknown operation type from an untyped caller changes nothing', () => {
    const map = sampleMap();
    const [next] = produceWithPatches(map, (draft) =>
      applyOperation(draft, { type: 'explode' } as unknown as Operation),
    );
    expect(next).toBe(map);
  });
});

describe('operation metadata', () => {
  test('every operation type has an English undo label', async () => {
    const en = (await import('../../../../shared/i18n/locales/en.json')).default as {
      ops: Record<string, string>;
    };
    expect(OPERATION_TYPES.length).toBeGreaterThan(30);
    for (const type of OPERATION_TYPES) {
      expect(en.ops[operationLabel(type).slice('ops.'.length)]).toMatch(/\w/);
    }
    expect(Object.keys(en.ops).sort()).toEqual([...OPERATION_TYPES].sort());
  });
});
