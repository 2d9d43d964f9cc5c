import { describe, expect, test } from 'vitest';
import { layoutMap } from '../../../shared/layout';
import { dropTargetAt, laneIndexAt, stageIndexAt } from '../../../renderer/canvas/dropTarget';
import { sampleMap } from '../shared/ops/sampleMap';

const layout = layoutMap(sampleMap());
const cardRect = (id: string) => {
  const card = layout.cardsById.get(id);
  if (!card) throw new Error(id);
  return card;
};

describe('drop targets', () => {
  test('a card dropped on the upper half of another goes before it', () => {
    const a2 = cardRect('a2');
    const target = dropTargetAt(layout, { x: a2.x + 5, y: a2.y + 2 }, new Set(['b1']));
    expect(target).toEqual({ laneId: 'act', stageId: 's1', index: 1 });
  });

  test('the moving card itself does not count', () => {
    const a3 = cardRect('a3');
    const target = dropTargetAt(layout, { x: a3.x + 5, y: a3.y + a3.height - 1 }, new Set(['a1']));
    expect(target).toEqual({ laneId: 'act', stageId: 's1', index: 2 });
  });

  test('in an emotion lane the position follows x', () => {
    const e2 = cardRect('e2');
    const x = (e2.emotion?.x ?? 0) + 30;
    expect(dropTargetAt(layout, { x, y: e2.y }, new Set())).toEqual({
      laneId: 'emo',
      stageId: 's2',
      index: 1,
    });
  });

  test('outside the grid there is no target; headers map to their index', () => {
    expect(dropTargetAt(layout, { x: -10, y: 100 }, new Set())).toBeNull();
    const third = layout.columns[2];
    expect(stageIndexAt(layout, (third?.x ?? 0) + 10)).toBe(2);
    expect(stageIndexAt(layout, 1e6)).toBe(2);
    expect(stageIndexAt(layout, -1e6)).toBe(0);
    expect(laneIndexAt(layout, (layout.rows[1]?.y ?? 0) + 1)).toBe(1);
  });
});
