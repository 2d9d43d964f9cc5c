import { describe, expect, test } from 'vitest';
import { mergeMaps } from '../../../../shared/merge';
import { loadMap } from '../../../../shared/load';
import type { JourneyMap } from '../../../../shared/model';
import { applyOperations } from '../../../../shared/ops';
import { serializeMap } from '../../../../shared/serialize';
import { sampleMap } from '../ops/sampleMap';

/** A map as the loader gives it from text written by another tool. */
function fromFile(map: JourneyMap, extra: (doc: Record<string, unknown>) => void): JourneyMap {
  const doc = JSON.parse(serializeMap(map)) as Record<string, unknown>;
  extra(doc);
  const loaded = loadMap(JSON.stringify(doc));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.map;
}

const cardsOf = (doc: Record<string, unknown>) => doc.cards as Record<string, unknown>[];

describe('mergeMaps through the loader: order keys and other tools’ fields', () => {
  test('an x- field set by another tool on one side and a text edit on the other both land', () => {
    const base = sampleMap();
    const ours = fromFile(base, (doc) => {
      const card = cardsOf(doc).find((c) => c.id === 'a2');
      if (card) card['x-crm-id'] = 'CRM-42';
      doc['x-research'] = 'https://example.org/study';
    });
    const theirs = applyOperations(base, [{ type: 'setCardText', cardId: 'a2', text: 'Edited' }]);
    const result = mergeMaps(base, ours, theirs);
    if (!result.ok) throw new Error('merge failed');
    expect(result.conflicts).toEqual([]);
    const text = serializeMap(result.map);
    const card = cardsOf(JSON.parse(text) as Record<string, unknown>).find((c) => c.id === 'a2');
    expect(card).toMatchObject({ text: 'Edited', 'x-crm-id': 'CRM-42' });
    expect(text).toContain('"x-research": "https://example.org/study"');
  });

  test('merged cells keep the keys the sides gave and key only new arrivals between them', () => {
    const base = sampleMap();
    const before = new Map(base.cards.map((c) => [c.id, c.order]));
    const ours = applyOperations(base, [
      { type: 'addCard', card: { id: 'x1', laneId: 'act', stageId: 's1', text: 'x1' } },
    ]);
    const theirs = applyOperations(base, [
      { type: 'addCard', card: { id: 'y1', laneId: 'act', stageId: 's1', text: 'y1' } },
    ]);
    const result = mergeMaps(base, ours, theirs);
    if (!result.ok) throw new Error('merge failed');
    for (const card of result.map.cards) {
      if (before.has(card.id)) expect(card.order).toBe(before.get(card.id));
    }
    const cell = result.map.cards
      .filter((c) => c.laneId === 'act' && c.stageId === 's1')
      .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    expect(new Set(cell.map((c) => c.order)).size).toBe(cell.length);
    expect(cell.map((c) => c.id).slice(-2)).toEqual(['x1', 'y1']);
  });
});
