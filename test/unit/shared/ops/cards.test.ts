import { describe, expect, test } from 'vitest';
import { cardOf, cell, edit, sampleMap } from './sampleMap';

describe('card content operations', () => {
  test('addCard puts the card at an index in its cell and renumbers the cell', () => {
    const map = edit({
      type: 'addCard',
      card: { id: 'new', laneId: 'act', stageId: 's1', text: 'New' },
      index: 1,
    });
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'new', 'a2', 'a3']);
    expect(
      edit({ type: 'addCard', card: { id: 'x', laneId: 'act', stageId: 's3', text: '' } }).cards.at(
        -1,
      ),
    ).toEqual({
      id: 'x',
      laneId: 'act',
      stageId: 's3',
      order: 'a0',
      text: '',
    });
  });

  test('addCard into a missing cell or with a taken id does nothing', () => {
    const before = sampleMap();
    const ops = [
      { type: 'addCard', card: { id: 'x', laneId: 'nope', stageId: 's1', text: '' } },
      { type: 'addCard', card: { id: 'x', laneId: 'act', stageId: 'nope', text: '' } },
      { type: 'addCard', card: { id: 'a1', laneId: 'act', stageId: 's1', text: '' } },
    ] as const;
    for (const op of ops) expect(edit(op, before)).toBe(before);
  });

  test('addCard clamps a score and drops a persona that does not exist', () => {
    const map = edit({
      type: 'addCard',
      card: { id: 'x', laneId: 'emo', stageId: 's3', text: 'Wow', score: 7, personaId: 'ghost' },
    });
    expect(cardOf(map, 'x')).toMatchObject({ score: 2 });
    expect(cardOf(map, 'x')?.personaId).toBeUndefined();
  });

  test('setCardText changes the text', () => {
    expect(cardOf(edit({ type: 'setCardText', cardId: 'a2', text: 'Hello' }), 'a2')?.text).toBe(
      'Hello',
    );
  });

  test('setCardFields sets every kind of field on several cards', () => {
    const fields = {
      color: '#123456',
      evidence: { status: 'observed', source: 'Interviews, May' },
      channel: 'email',
      severity: 'critical',
      priority: 'low',
      metric: { value: '42%', target: '60%' },
      score: -2,
      personaId: 'bob',
    } as const;
    const map = edit({ type: 'setCardFields', cardIds: ['a1', 'a2'], fields });
    for (const id of ['a1', 'a2']) expect(cardOf(map, id)).toMatchObject(fields);
    expect(cardOf(map, 'a3')?.color).toBeUndefined();
  });

  test('setCardFields clamps scores, refuses bad values and clears with null', () => {
    const map = edit({
      type: 'setCardFields',
      cardIds: ['e1'],
      fields: { score: -9.7, color: 'blue', personaId: 'ghost' },
    });
    expect(cardOf(map, 'e1')).toMatchObject({ score: -2 });
    expect(cardOf(map, 'e1')?.color).toBeUndefined();
    expect(cardOf(map, 'e1')?.personaId).toBeUndefined();
    const cleared = edit([
      { type: 'setCardFields', cardIds: ['p1'], fields: { severity: null } },
      { type: 'addVotes', cardIds: ['p1'], delta: -2 },
    ]);
    expect(Object.keys(cardOf(cleared, 'p1') ?? {})).toEqual([
      'id',
      'laneId',
      'stageId',
      'order',
      'text',
    ]);
  });

  test('addVotes counts up and down, never below zero, and removes the field at zero', () => {
    const map = edit({ type: 'addVotes', cardIds: ['p1', 'a1'], delta: 1 });
    // a1 is a customer action: its lane takes no votes.
    expect([cardOf(map, 'p1')?.votes, cardOf(map, 'a1')?.votes]).toEqual([3, undefined]);
    const down = edit({ type: 'addVotes', cardIds: ['p1', 'a1'], delta: -5 }, map);
    expect([cardOf(down, 'p1')?.votes, cardOf(down, 'a1')?.votes]).toEqual([undefined, undefined]);
  });

  test('deleteCards removes cards and their connectors; the other cards keep their keys', () => {
    const map = edit({ type: 'deleteCards', cardIds: ['a2', 'b1', 'ghost'] });
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a3']);
    expect(cardOf(map, 'a3')?.order).toBe('a2');
    expect(map.connectors).toEqual([]);
  });
});
