import { describe, expect, test } from 'vitest';
import {
  COMPARE_STYLES,
  compareDecorations,
  compareMaps,
  conflictFlags,
  fadeGhosts,
} from '../../../../shared/compare';
import { mergeMaps } from '../../../../shared/merge';
import { createTranslate } from '../../../../shared/i18n/translate';
import { layoutMap } from '../../../../shared/layout';
import { compareOrderKeys, type JourneyMap } from '../../../../shared/model';
import { fixtureMap, NEW_FILE, OLD_FILE } from './fixtures';

const english = createTranslate('en');
const before = fixtureMap(OLD_FILE);
const after = fixtureMap(NEW_FILE);

describe('compareMaps', () => {
  test('marks the added, removed, changed and moved cards, the others not', () => {
    const view = compareMaps(before, after, english);
    const statuses = Object.fromEntries(
      [...view.marks.card].map(([id, mark]) => [id, mark.status]),
    );
    expect(statuses).toEqual({
      chat: 'added',
      delivery: 'removed',
      prices: 'changed',
      reviews: 'moved',
    });
    expect(view.counts).toEqual({ added: 1, removed: 1, changed: 1, moved: 1 });
    expect(view.marks.card.get('reviews')?.lines).toEqual([
      '> card "Reads reviews" moved from Interest to Purchase',
    ]);
  });

  test('a removed card comes back as a ghost in its old cell; the new map is untouched', () => {
    const snapshot = JSON.stringify(after);
    const view = compareMaps(before, after, english);
    const ghost = view.map.cards.find((card) => card.id === 'delivery');
    expect(ghost).toMatchObject({
      laneId: 'pains',
      stageId: 'purchase',
      text: 'Delivery cost shown late',
    });
    expect(view.map.cards.map((card) => card.id).sort()).toEqual([
      'ad',
      'chat',
      'delivery',
      'prices',
      'reviews',
    ]);
    expect(JSON.stringify(after)).toBe(snapshot);
  });

  test('a ghost goes back to its old position among the cards that are there now', () => {
    const old: JourneyMap = {
      ...before,
      cards: [
        { id: 'a', laneId: 'actions', stageId: 'interest', order: 'a0', text: 'A' },
        { id: 'b', laneId: 'actions', stageId: 'interest', order: 'a1', text: 'B' },
        { id: 'c', laneId: 'actions', stageId: 'interest', order: 'a2', text: 'C' },
      ],
    };
    const [a, , c] = old.cards;
    if (!a || !c) throw new Error('three cards expected');
    const now: JourneyMap = { ...old, cards: [a, c] };
    const view = compareMaps(old, now, english);
    const cell = [...view.map.cards]
      .sort((x, y) => compareOrderKeys(x.order, y.order))
      .map((card) => card.id);
    expect(cell).toEqual(['a', 'b', 'c']);
  });

  test('a removed stage and its cards are ghosts in their old place; an added lane is marked', () => {
    const now: JourneyMap = {
      ...after,
      stages: after.stages.filter((stage) => stage.id !== 'interest'),
      lanes: [...after.lanes, { id: 'ideas', name: 'Ideas', kind: 'opportunities' }],
      cards: after.cards.filter((card) => card.stageId !== 'interest'),
    };
    const view = compareMaps(after, now, english);
    expect(view.map.stages.map((stage) => stage.id)).toEqual(['awareness', 'interest', 'purchase']);
    expect(view.marks.stage.get('interest')?.status).toBe('removed');
    expect(view.marks.lane.get('ideas')?.status).toBe('added');
    expect(view.marks.card.get('chat')?.status).toBe('removed');
    expect(view.entries.map((entry) => entry.text)).toContain('- stage "Interest"');
  });

  test('the change list is the diff in words, each entry pointing at its record', () => {
    const view = compareMaps(before, after, english);
    expect(view.entries).toEqual([
      {
        text: '~ card "Compares prices" text "Compares prices" → "Compares prices on three sites"',
        type: 'changed',
        target: { kind: 'card', id: 'prices' },
      },
      {
        text: '+ card "Chat answers slowly" in Pain points × Interest',
        type: 'added',
        target: { kind: 'card', id: 'chat' },
      },
      {
        text: '> card "Reads reviews" moved from Interest to Purchase',
        type: 'moved',
        target: { kind: 'card', id: 'reviews' },
      },
      {
        text: '- card "Delivery cost shown late" from Pain points × Purchase',
        type: 'removed',
        target: { kind: 'card', id: 'delivery' },
      },
    ]);
    const renamed = compareMaps(after, { ...after, title: 'Shop' }, english);
    expect(renamed.entries[0]?.target).toBeNull();
  });

  test('the same map: nothing marked, nothing listed, no ghosts', () => {
    const view = compareMaps(after, after, english);
    expect(view.entries).toEqual([]);
    expect(view.marks.card.size).toBe(0);
    expect(view.map.cards).toBe(after.cards);
  });
});

describe('compareDecorations', () => {
  test('each marked card gets its box, its status style and a badge on its top end corner', () => {
    const view = compareMaps(before, after, english);
    const layout = layoutMap(view.map);
    const decorations = compareDecorations(layout, view);
    expect(decorations.map((d) => `${d.kind}:${d.id}:${d.mark.status}`).sort()).toEqual([
      'card:chat:added',
      'card:delivery:removed',
      'card:prices:changed',
      'card:reviews:moved',
    ]);
    const ghost = decorations.find((d) => d.id === 'delivery');
    const box = layout.cardsById.get('delivery');
    if (!ghost || !box) throw new Error('the ghost is not decorated');
    expect(ghost.rect).toEqual({ x: box.x, y: box.y, width: box.width, height: box.height });
    expect(ghost.style).toBe(COMPARE_STYLES.removed);
    expect(ghost.style.ghost).toBe(true);
    expect(ghost.badge.cx).toBeGreaterThan(box.x + box.width / 2);
    expect(ghost.badge.cy).toBe(box.y + ghost.badge.r / 2);
  });

  test('no status is told by colour alone: each has its own symbol, only removed is a ghost', () => {
    const symbols = Object.values(COMPARE_STYLES).map((style) => style.symbol);
    expect(new Set(symbols).size).toBe(4);
    expect(
      Object.entries(COMPARE_STYLES)
        .filter(([, s]) => s.ghost)
        .map(([k]) => k),
    ).toEqual(['removed']);
  });

  test('right-to-left maps put the badge on the top left corner', () => {
    const rtl = { ...after, direction: 'rtl' as const };
    const view = compareMaps({ ...before, direction: 'rtl' }, rtl, english);
    const layout = layoutMap(view.map);
    const added = compareDecorations(layout, view).find((d) => d.id === 'chat');
    if (!added) throw new Error('the added card is not decorated');
    expect(added.badge.cx).toBeLessThan(added.rect.x + added.rect.width / 2);
  });

  test('fadeGhosts lightens only the removed records', () => {
    const view = compareMaps(before, after, english);
    const layout = layoutMap(view.map);
    const faded = fadeGhosts(layout, view);
    expect(faded.cardsById.get('delivery')?.fill).not.toBe(layout.cardsById.get('delivery')?.fill);
    expect(faded.cardsById.get('chat')).toBe(layout.cardsById.get('chat'));
  });
});

describe('conflictFlags', () => {
  test('a card conflict flags ours and the sibling with theirs; map conflicts are only listed', () => {
    const base = fixtureMap(NEW_FILE);
    const withText = (text: string): JourneyMap => ({
      ...base,
      cards: base.cards.map((card) => (card.id === 'chat' ? { ...card, text } : card)),
    });
    const merged = mergeMaps(base, withText('Chat is slow'), withText('Chat never answers'));
    if (!merged.ok) throw new Error('the merge failed');
    const [conflict] = merged.conflicts;
    expect(conflict?.theirsCardId).toBeDefined();
    expect(conflictFlags(merged.map)).toEqual([
      { kind: 'card', id: 'chat', conflictId: conflict?.id, side: 'ours' },
      { kind: 'card', id: conflict?.theirsCardId, conflictId: conflict?.id, side: 'theirs' },
    ]);
    const title = mergeMaps(base, { ...base, title: 'A' }, { ...base, title: 'B' });
    expect(title.ok && conflictFlags(title.map)).toEqual([]);
  });
});
