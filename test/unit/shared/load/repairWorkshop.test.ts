import { describe, expect, test } from 'vitest';
import { loadMapValue } from '../../../../shared/load';
import { serializeMap } from '../../../../shared/serialize';
import { card, templateDoc } from './badInputCases';

function pain(id: string, extra: Record<string, unknown> = {}) {
  return card(id, { laneId: 'pain', ...extra });
}

function docWith(extra: Record<string, unknown>) {
  const doc = templateDoc() as { lanes: unknown[] };
  return {
    ...doc,
    lanes: [...doc.lanes, { id: 'pain', name: 'Pains', kind: 'painPoints' }],
    ...extra,
  };
}

describe('voting sessions in files', () => {
  test('a file without a session loads and saves without one', () => {
    const result = loadMapValue(docWith({ cards: [pain('a', { votes: 2 })] }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.map.workshop).toBeUndefined();
    expect(serializeMap(result.map)).not.toContain('workshop');
  });

  test('votes for missing cards are dropped, repeats merged, counts and limits raised', () => {
    const result = loadMapValue(
      docWith({
        cards: [pain('a', { votes: 1 }), pain('b', { order: 'a1' })],
        workshop: {
          votesPerParticipant: 2,
          participants: [
            {
              id: 'anna',
              name: 'Anna',
              votes: [
                { cardId: 'a', count: 1 },
                { cardId: 'ghost', count: 1 },
                { cardId: 'a', count: 2 },
              ],
            },
            { id: 'anna', name: 'Anna two', votes: [{ cardId: 'b', count: 1 }] },
          ],
        },
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { map, warnings } = result;
    expect(map.workshop?.participants).toEqual([
      { id: 'anna', name: 'Anna', votes: [{ cardId: 'a', count: 3 }] },
      { id: 'anna-2', name: 'Anna two', votes: [{ cardId: 'b', count: 1 }] },
    ]);
    expect(map.cards.map((c) => c.votes)).toEqual([3, 1]);
    expect(map.workshop?.votesPerParticipant).toBe(3);
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'workshop.participants[0].votes[1]: participant "Anna" voted for card "ghost", which does not exist; the vote was dropped',
      'workshop.participants[0].votes[2]: participant "Anna" has card "a" more than once; the votes were added together',
      'workshop.participants[1].id: participant id "anna" is used more than once; it is now "anna-2"',
      'cards[0].votes: card "a" has 1 votes but participants gave it 3; it now has 3',
      'cards[1].votes: card "b" has 0 votes but participants gave it 1; it now has 1',
      'workshop.votesPerParticipant: participant "Anna" used 3 votes, more than the 2 each participant has; each now has 3',
    ]);
  });

  test('a card dropped for its missing lane takes its votes with it', () => {
    const result = loadMapValue(
      docWith({
        cards: [pain('a', { votes: 1 }), pain('b', { laneId: 'gone', votes: 1 })],
        workshop: {
          participants: [{ id: 'x', name: 'X', votes: [{ cardId: 'b', count: 1 }] }],
        },
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.map.workshop?.participants[0]?.votes).toEqual([]);
    expect(result.map.workshop?.votesPerParticipant).toBe(5);
  });
});
