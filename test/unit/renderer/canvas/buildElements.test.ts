import { describe, expect, test } from 'vitest';
import {
  buildEdges,
  buildNodes,
  createElementCache,
} from '../../../../renderer/canvas/buildElements';
import { deepEqual } from '../../../../renderer/canvas/deepEqual';
import { createLayoutCache, layoutMap } from '../../../../shared/layout';
import { JourneyMapSchema, type JourneyMap } from '../../../../shared/model';
import { applyOperations } from '../../../../shared/ops';
import { generatedMap } from '../../../bench/generatedMap';

// React Flow re-renders a node only when its object changes: an edit must hand the canvas
// new objects for what changed and the very same objects (and arrays) for everything else.
function canvasOf() {
  const layoutCache = createLayoutCache();
  const cache = createElementCache();
  return (next: JourneyMap, selected: ReadonlySet<string> = new Set()) => {
    const layout = layoutMap(next, { cache: layoutCache });
    return {
      nodes: buildNodes(layout, next, selected, cache),
      edges: buildEdges(layout, null, cache),
    };
  };
}

const changed = <T extends { id: string }>(before: T[], after: T[]): string[] => {
  const old = new Map(before.map((e) => [e.id, e]));
  return after.filter((e) => old.get(e.id) !== e).map((e) => e.id);
};

describe('canvas elements across edits', () => {
  const map = JourneyMapSchema.parse(generatedMap(300));
  // The card's last character swapped for one as wide: its text wraps as before.
  const retyped = (id: string) => {
    const text = map.cards.find((c) => c.id === id)?.text ?? '';
    return applyOperations(map, [
      { type: 'setCardText', cardId: id, text: `${text.slice(0, -1)},` },
    ]);
  };

  test('editing one card’s text gives one new node, that card’s, and keeps the edge list', () => {
    const build = canvasOf();
    const before = build(map);
    const after = build(retyped('card-1'));
    expect(changed(before.nodes, after.nodes)).toEqual(['c:card-1']);
    expect(after.edges).toBe(before.edges);
  });

  test('an emotion card: its text changes its node alone, its score its node and the curve', () => {
    expect(map.cards.find((c) => c.id === 'card-4')?.laneId).toBe('emotions');
    const build = canvasOf();
    const before = build(map);
    const edited = retyped('card-4');
    const after = build(edited);
    expect(changed(before.nodes, after.nodes)).toEqual(['c:card-4']);
    const rescored = applyOperations(edited, [
      { type: 'setCardFields', cardIds: ['card-4'], fields: { score: 2 } },
    ]);
    expect(changed(after.nodes, build(rescored).nodes).sort()).toEqual(['c:card-4', 'e:emotions']);
  });

  test('the node shows the new text', () => {
    const build = canvasOf();
    build(map);
    const edited = retyped('card-2');
    const node = build(edited).nodes.find((n) => n.id === 'c:card-2');
    expect(node?.type === 'card' && node.data.text).toBe(edited.cards[1]?.text);
  });

  test('nothing changed: the very same node array', () => {
    const build = canvasOf();
    const before = build(map);
    expect(build(map).nodes).toBe(before.nodes);
  });

  test('selecting a card changes only that card’s node', () => {
    const build = canvasOf();
    const before = build(map);
    const after = build(map, new Set(['card-9']));
    expect(changed(before.nodes, after.nodes)).toEqual(['c:card-9']);
  });
});

describe('deepEqual', () => {
  test('compares plain values by content', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(deepEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
  });
});
