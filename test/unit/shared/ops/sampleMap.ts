import {
  compareOrderKeys,
  JourneyMapSchema,
  type Card,
  type JourneyMap,
} from '../../../../shared/model';
import { applyOperations, checkInvariants, type Operation } from '../../../../shared/ops';

/**
 * A small map to edit: stages s1…s3, lanes `act` (actions), `emo` (emotions), `pain`
 * (painPoints); cards a1 a2 a3 in act × s1, b1 in act × s2, e1 e2 in emo × s1/s2, p1 in
 * pain × s3; connectors a1→b1 and b1→p1; personas ann, bob; one note.
 */
export function sampleMap(): JourneyMap {
  const card = (id: string, laneId: string, stageId: string, order: string, extra = {}) => ({
    id,
    laneId,
    stageId,
    order,
    text: id.toUpperCase(),
    ...extra,
  });
  return JourneyMapSchema.parse({
    format: 'journey-map',
    version: 3,
    title: 'Sample',
    personas: [
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob' },
    ],
    stages: [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' },
      { id: 's3', name: 'Three' },
    ],
    lanes: [
      { id: 'act', name: 'Actions', kind: 'actions' },
      { id: 'emo', name: 'Feelings', kind: 'emotions' },
      { id: 'pain', name: 'Pains', kind: 'painPoints', lineBelow: 'interaction' },
    ],
    cards: [
      card('a1', 'act', 's1', 'a0'),
      card('a2', 'act', 's1', 'a1'),
      card('a3', 'act', 's1', 'a2'),
      card('b1', 'act', 's2', 'a0'),
      card('e1', 'emo', 's1', 'a0', { score: 1 }),
      card('e2', 'emo', 's2', 'a0', { score: -1, personaId: 'bob' }),
      card('p1', 'pain', 's3', 'a0', { severity: 'high', votes: 2 }),
    ],
    connectors: [
      { id: 'c1', from: 'a1', to: 'b1' },
      { id: 'c2', from: 'b1', to: 'p1' },
    ],
    notes: [{ id: 'n1', x: 10, y: 20, text: 'Remember' }],
  });
}

/** Applies operations to the sample map (or `map`) and checks that the result is still valid. */
export function edit(ops: Operation | Operation[], map: JourneyMap = sampleMap()): JourneyMap {
  const result = applyOperations(map, Array.isArray(ops) ? ops : [ops]);
  expectValid(result);
  return result;
}

export function expectValid(map: JourneyMap): void {
  const problems = checkInvariants(map);
  if (problems.length > 0) throw new Error(`invariants broken:\n${problems.join('\n')}`);
}

/** Card ids of a cell in their order. */
export function cell(map: JourneyMap, laneId: string, stageId: string): string[] {
  return map.cards
    .filter((c) => c.laneId === laneId && c.stageId === stageId)
    .sort((a, b) => compareOrderKeys(a.order, b.order))
    .map((c) => c.id);
}

export function cardOf(map: JourneyMap, id: string): Card | undefined {
  return map.cards.find((c) => c.id === id);
}
