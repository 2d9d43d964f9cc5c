import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CARD_FIELDS_BY_KIND, JourneyMapSchema, LANE_KINDS } from '../../../shared/model';

describe('document model', () => {
  test('the classic template is a valid map', () => {
    const raw: unknown = JSON.parse(readFileSync('templates/01-classic.journey.json', 'utf8'));
    const map = JourneyMapSchema.parse(raw);
    expect(map.stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Interest',
      'Consideration',
      'Purchase',
      'Loyalty',
      'Advocacy',
    ]);
  });

  test('every lane kind says which card fields it uses', () => {
    expect(Object.keys(CARD_FIELDS_BY_KIND).sort()).toEqual([...LANE_KINDS].sort());
  });

  test('an emotion score outside −2…+2 is not a valid card', () => {
    const card = { id: 'c', laneId: 'l', stageId: 's', order: 'a0', text: 'x', score: 3 };
    const map = {
      format: 'journey-map',
      version: 3,
      title: 't',
      stages: [],
      lanes: [],
      cards: [card],
    };
    expect(JourneyMapSchema.safeParse(map).success).toBe(false);
  });
});
