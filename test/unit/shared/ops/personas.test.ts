import { describe, expect, test } from 'vitest';
import { cardOf, edit, sampleMap } from './sampleMap';

describe('persona operations', () => {
  test('addPersona fills defaults; updatePersona sets fields and clears with null', () => {
    const map = edit([
      { type: 'addPersona', persona: { id: 'cy', name: 'Cy', color: '#00aa00' } },
      {
        type: 'updatePersona',
        personaId: 'cy',
        changes: { role: 'Buyer', goals: ['Pay fast'], emoji: '🛒', color: null, quote: 'Hi' },
      },
    ]);
    expect(map.personas.at(-1)).toEqual({
      id: 'cy',
      name: 'Cy',
      role: 'Buyer',
      quote: 'Hi',
      emoji: '🛒',
      goals: ['Pay fast'],
      needs: [],
      motivations: [],
      pains: [],
      channels: [],
    });
  });

  test('updatePersona ignores a photo that is not an embedded image', () => {
    const map = edit({
      type: 'updatePersona',
      personaId: 'ann',
      changes: { photo: 'http://x/y.png', name: 'Anna' },
    });
    expect(map.personas[0]).toMatchObject({ name: 'Anna' });
    expect(map.personas[0]?.photo).toBeUndefined();
  });

  test('moving the first persona keeps its curve: implicit points get its id', () => {
    const map = edit({ type: 'movePersona', personaId: 'ann', toIndex: 1 });
    expect(map.personas.map((p) => p.id)).toEqual(['bob', 'ann']);
    expect(cardOf(map, 'e1')?.personaId).toBe('ann');
    expect(cardOf(map, 'e2')?.personaId).toBe('bob');
    // Cards outside emotion lanes are not touched.
    expect(cardOf(map, 'a1')?.personaId).toBeUndefined();
  });

  test('adding a persona in front keeps the old first persona’s curve', () => {
    const map = edit({ type: 'addPersona', persona: { id: 'cy', name: 'Cy' }, index: 0 });
    expect(cardOf(map, 'e1')?.personaId).toBe('ann');
  });

  test('deleting a persona deletes its emotion curve and the connectors to it', () => {
    const withArrow = edit({ type: 'addConnector', connector: { id: 'ce', from: 'a1', to: 'e1' } });
    const map = edit({ type: 'deletePersona', personaId: 'ann' }, withArrow);
    expect(map.personas.map((p) => p.id)).toEqual(['bob']);
    expect(cardOf(map, 'e1')).toBeUndefined(); // ann's implicit point
    expect(cardOf(map, 'e2')).toBeDefined(); // bob's
    expect(map.connectors.find((c) => c.id === 'ce')).toBeUndefined();
  });

  test('deleting the last persona keeps the points as the default curve', () => {
    const map = edit([
      { type: 'deletePersona', personaId: 'bob' },
      { type: 'deletePersona', personaId: 'ann' },
    ]);
    expect(map.personas).toEqual([]);
    expect(cardOf(map, 'e1')).toBeDefined();
    expect(cardOf(map, 'e2')).toBeUndefined(); // went with bob while ann remained
  });

  test('a persona id on a card in another lane is cleared, the card stays', () => {
    const map = edit([
      { type: 'setCardFields', cardIds: ['a1'], fields: { personaId: 'bob' } },
      { type: 'deletePersona', personaId: 'bob' },
    ]);
    expect(cardOf(map, 'a1')).toBeDefined();
    expect(cardOf(map, 'a1')?.personaId).toBeUndefined();
    expect(sampleMap().personas).toHaveLength(2);
  });
});
