import { describe, expect, test } from 'vitest';
import { createLayoutCache, layoutMap } from '../../../../shared/layout';
import { JourneyMapSchema, type JourneyMap } from '../../../../shared/model';
import { applyOperations } from '../../../../shared/ops';
import { generatedMap } from '../../../bench/generatedMap';

// The emotion lane's labels through the layout cache: an edit elsewhere keeps their objects
// (the canvas then rebuilds no emotion node), an edit of one of them lays it out again.
const emotionIds = (map: JourneyMap): string[] =>
  map.cards.filter((c) => c.laneId === 'emotions').map((c) => c.id);

describe('emotion labels in the layout cache', () => {
  const map = JourneyMapSchema.parse(generatedMap(64));
  const [first = '', second = ''] = emotionIds(map);

  test('an edit outside the emotion lane keeps every emotion label object', () => {
    const cache = createLayoutCache();
    const before = layoutMap(map, { cache });
    const edited = applyOperations(map, [{ type: 'setCardText', cardId: 'card-1', text: 'x' }]);
    const after = layoutMap(edited, { cache });
    expect(after).toEqual(layoutMap(edited));
    for (const id of emotionIds(map))
      expect(after.cardsById.get(id)).toBe(before.cardsById.get(id));
  });

  test('editing one emotion card lays out that label again, with its new text and score', () => {
    const cache = createLayoutCache();
    const before = layoutMap(map, { cache });
    const edited = applyOperations(map, [
      { type: 'setCardText', cardId: first, text: 'Relieved at last' },
      { type: 'setCardFields', cardIds: [first], fields: { score: 2 } },
    ]);
    const after = layoutMap(edited, { cache });
    expect(after).toEqual(layoutMap(edited));
    const label = after.cardsById.get(first);
    expect(label).not.toBe(before.cardsById.get(first));
    expect(label?.text.lines.map((l) => l.text).join(' ')).toBe('Relieved at last');
    expect(label?.emotion?.score).toBe(2);
    expect(after.cardsById.get(second)).toBe(before.cardsById.get(second));
  });

  test('a persona colour change reaches labels that were cached', () => {
    const cache = createLayoutCache();
    layoutMap(map, { cache });
    const recoloured = applyOperations(map, [
      { type: 'updatePersona', personaId: 'p1', changes: { color: '#112233' } },
    ]);
    const after = layoutMap(recoloured, { cache });
    expect(after).toEqual(layoutMap(recoloured));
    expect(after.cardsById.get(first)?.emotion?.color).toBe('#112233');
  });
});
