import { describe, expect, test } from 'vitest';
import { CANVAS_LIMITS, cellKey, createLayoutCache, layoutMap } from '../../../../shared/layout';
import type { JourneyMap } from '../../../../shared/model';
import { applyOperations } from '../../../../shared/ops';
import { sampleMap } from '../ops/sampleMap';

// The canvas bounds long cards and crowded cells; exports (no options) print every word.

function withCards(texts: readonly string[]): JourneyMap {
  const map = sampleMap();
  const lane = map.lanes.find((l) => l.kind !== 'emotions');
  const stage = map.stages[0];
  if (!lane || !stage) throw new Error('sample map has no ordinary lane');
  // Added by the document's own operation, which gives each card its place in the cell.
  return applyOperations(
    map,
    texts.map((text, i) => ({
      type: 'addCard' as const,
      card: { id: `long${i}`, laneId: lane.id, stageId: stage.id, text },
    })),
  );
}

const rowOf = (map: JourneyMap, options = {}) => {
  const layout = layoutMap(map, options);
  const laneId = map.cards.find((c) => c.id === 'long0')?.laneId;
  return { layout, row: layout.rows.find((r) => r.laneId === laneId) };
};

describe('canvas limits', () => {
  test('a 5,000-character card is cut to a few lines on the canvas, whole without the limits', () => {
    const map = withCards(['word '.repeat(1000)]);
    const full = rowOf(map);
    const clamped = rowOf(map, CANVAS_LIMITS);
    expect(full.row?.height).toBeGreaterThan(2000);
    expect(clamped.row?.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxCellHeight);
    const card = clamped.layout.cardsById.get('long0');
    expect(card?.text.lines).toHaveLength(CANVAS_LIMITS.maxCardLines);
    expect(card?.text.truncated).toBe(true);
    expect(full.layout.cardsById.get('long0')?.text.truncated).toBe(false);
  });

  test('a 100-card cell shows what fits and counts the rest; opened, it shows them all', () => {
    const map = withCards(Array.from({ length: 100 }, (_, i) => `Card ${i}`));
    const { layout, row } = rowOf(map, CANVAS_LIMITS);
    expect(row?.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxCellHeight);
    const cell = layout.cells.find((c) => c.laneId === row?.laneId && c.stageId === 's1');
    const placed = layout.cards.filter((c) => c.laneId === row?.laneId && c.stageId === 's1');
    const inCell = map.cards.filter((c) => c.laneId === row?.laneId && c.stageId === 's1');
    expect(placed.length + (cell?.hiddenCards ?? 0)).toBe(inCell.length);
    expect(cell?.hiddenCards).toBeGreaterThan(80);
    for (const card of placed)
      expect(card.y + card.height).toBeLessThan((row?.y ?? 0) + (row?.height ?? 0));

    const opened = rowOf(map, {
      ...CANVAS_LIMITS,
      expandedCells: new Set([cellKey(row?.laneId ?? '', 's1')]),
    });
    expect(
      opened.layout.cells.find((c) => c.laneId === row?.laneId && c.stageId === 's1')?.hiddenCards,
    ).toBeUndefined();
    expect(opened.row?.height).toBeGreaterThan(CANVAS_LIMITS.maxCellHeight);
  });

  test('the cache keeps clamped and whole measurements apart', () => {
    const map = withCards(['word '.repeat(1000)]);
    const cache = createLayoutCache();
    const clamped = layoutMap(map, { ...CANVAS_LIMITS, cache }).cardsById.get('long0');
    const whole = layoutMap(map, { cache }).cardsById.get('long0');
    expect(whole?.height).toBeGreaterThan(clamped?.height ?? Infinity);
  });
});
