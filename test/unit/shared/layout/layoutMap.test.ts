import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  createLayoutCache,
  LAYOUT,
  layoutMap,
  TEXT_STYLES,
  wrapText,
  type CardLayout,
  type MapLayout,
  type Rect,
} from '../../../../shared/layout';
import type { JourneyMap } from '../../../../shared/model';
import { applyOperations } from '../../../../shared/ops';
import { mapArb } from '../ops/opArbitraries';
import { sampleMap } from '../ops/sampleMap';

const EPS = 1e-6;
const inside = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x - EPS &&
  inner.y >= outer.y - EPS &&
  inner.x + inner.width <= outer.x + outer.width + EPS &&
  inner.y + inner.height <= outer.y + outer.height + EPS;
const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width - EPS &&
  b.x < a.x + a.width - EPS &&
  a.y < b.y + b.height - EPS &&
  b.y < a.y + a.height - EPS;

function cellOf(layout: MapLayout, card: CardLayout): Rect {
  const cell = layout.cells.find((c) => c.laneId === card.laneId && c.stageId === card.stageId);
  if (!cell) throw new Error(`no cell for ${card.id}`);
  return cell;
}

/** The geometry invariants every layout keeps. */
function expectGeometry(map: JourneyMap, layout: MapLayout): void {
  for (const card of layout.cards) {
    expect(inside(card, cellOf(layout, card)), `card ${card.id} inside its cell`).toBe(true);
    expect(inside(card.text, card), `text of ${card.id} inside the card`).toBe(true);
    for (const line of card.text.lines) {
      expect(line.x).toBeGreaterThanOrEqual(card.text.x - EPS);
      expect(line.x + line.width).toBeLessThanOrEqual(card.text.x + card.text.width + 0.01);
    }
    for (const badge of card.badges) expect(inside(badge, card)).toBe(true);
  }
  const byCell = new Map<string, CardLayout[]>();
  for (const card of layout.cards) {
    const key = `${card.laneId}/${card.stageId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), card]);
  }
  for (const [key, cards] of byCell) {
    const lane = map.lanes.find((l) => l.id === cards[0]?.laneId);
    if (lane?.kind === 'emotions') continue; // labels may stack vertically at different scores
    for (let i = 0; i < cards.length; i += 1) {
      for (let j = i + 1; j < cards.length; j += 1) {
        expect(overlap(cards[i] as Rect, cards[j] as Rect), `overlap in ${key}`).toBe(false);
      }
    }
  }
  // Rows tile the grid below the header row, columns tile it beside the header column.
  let y = layout.corner.height;
  for (const row of layout.rows) {
    expect(row.y).toBeCloseTo(y, 6);
    y += row.height;
  }
  expect(layout.height).toBeCloseTo(y, 6);
  expect(layout.cards).toHaveLength(map.cards.length);
}

const withDirection = (map: JourneyMap, direction: 'ltr' | 'rtl'): JourneyMap => ({
  ...map,
  direction,
});

describe('layoutMap', () => {
  test('places every card of the sample map inside its cell, in order, without overlap', () => {
    const map = sampleMap();
    const layout = layoutMap(map);
    expectGeometry(map, layout);
    const [a1, a2, a3] = ['a1', 'a2', 'a3'].map((id) => layout.cardsById.get(id));
    expect(a1 && a2 && a3 && a1.y < a2.y && a2.y < a3.y).toBe(true);
    expect(layout.width).toBe(LAYOUT.laneHeaderWidth + 3 * LAYOUT.columnWidth);
  });

  test('the header column is on the left, stages run left to right', () => {
    const layout = layoutMap(sampleMap());
    expect(layout.corner.x).toBe(0);
    expect(layout.rows[0]?.header.x).toBe(0);
    expect(layout.columns.map((c) => c.x)).toEqual([184, 424, 664]);
  });

  test('a row grows with its content', () => {
    const map = sampleMap();
    const before = layoutMap(map).rows[0]?.height ?? 0;
    const longer = applyOperations(map, [
      { type: 'setCardText', cardId: 'a1', text: 'A much longer card text '.repeat(12) },
    ]);
    const grown = layoutMap(longer).rows[0]?.height ?? 0;
    expect(grown).toBeGreaterThan(before);
    const more = applyOperations(longer, [
      { type: 'addCard', card: { id: 'x', laneId: 'act', stageId: 's1', text: 'one more' } },
    ]);
    expect(layoutMap(more).rows[0]?.height).toBeGreaterThan(grown);
    // An empty lane keeps the minimum height.
    expect(
      layoutMap(applyOperations(map, [{ type: 'deleteCards', cardIds: ['p1'] }])).rows[2]?.height,
    ).toBe(LAYOUT.rowMinHeight);
  });

  test('card text lines are the lines wrapText gives, so every renderer draws the same', () => {
    const map = applyOperations(sampleMap(), [
      {
        type: 'setCardText',
        cardId: 'a1',
        text: 'Compare delivery options — Zażółć gęślą jaźń — مقایسه گزینه‌ها',
      },
    ]);
    const card = layoutMap(map).cardsById.get('a1');
    const inner = LAYOUT.columnWidth - 2 * LAYOUT.cellPaddingX - 2 * LAYOUT.cardPaddingX;
    const expected = wrapText(map.cards[0]?.text ?? '', inner, TEXT_STYLES.card).lines.map(
      (l) => l.text,
    );
    expect(card?.text.lines.map((l) => l.text)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);
  });

  test('an RTL map mirrors the LTR one: header column on the right, stages right to left', () => {
    const ltrMap = sampleMap();
    const ltr = layoutMap(ltrMap);
    const rtl = layoutMap(withDirection(ltrMap, 'rtl'));
    expect(rtl.rows[0]?.header.x).toBe(rtl.width - LAYOUT.laneHeaderWidth);
    expect(rtl.columns[0]?.x).toBeGreaterThan(rtl.columns[1]?.x ?? Infinity);
    for (const card of ltr.cards) {
      const mirrored = rtl.cardsById.get(card.id);
      expect(mirrored?.x).toBeCloseTo(ltr.width - card.x - card.width, 6);
      expect(mirrored?.y).toBeCloseTo(card.y, 6);
      expect(mirrored?.text.lines.map((l) => l.text)).toEqual(card.text.lines.map((l) => l.text));
      expect(mirrored?.text.align).toBe(card.kind === 'emotions' ? 'center' : 'right');
    }
  });

  test('blueprint lines lie between the lane that carries them and the next', () => {
    const map = applyOperations(sampleMap(), [
      { type: 'setLaneLine', laneId: 'act', line: 'visibility' },
      { type: 'setLaneLine', laneId: 'pain', line: null },
    ]);
    const layout = layoutMap(map);
    expect(layout.blueprintLines).toHaveLength(1);
    const [line] = layout.blueprintLines;
    expect(line).toMatchObject({ line: 'visibility', laneId: 'act', x1: 0, x2: layout.width });
    expect(line?.y).toBe((layout.rows[0]?.y ?? 0) + (layout.rows[0]?.height ?? 0));
    expect(line?.y).toBe(layout.rows[1]?.y);
  });
});

describe('emotion lane', () => {
  const pointOf = (layout: MapLayout, id: string) => layout.cardsById.get(id)?.emotion;

  test('has a fixed height and puts each card on the curve by its score', () => {
    const map = sampleMap();
    const layout = layoutMap(map);
    const row = layout.rows[1];
    expect(row?.height).toBe(LAYOUT.emotionLaneHeight);
    const e1 = pointOf(layout, 'e1');
    const e2 = pointOf(layout, 'e2');
    expect(e1?.score).toBe(1);
    expect(e2?.score).toBe(-1);
    expect(e1?.y).toBeLessThan(e2?.y ?? 0);
    const raised = layoutMap(
      applyOperations(map, [{ type: 'setCardFields', cardIds: ['e2'], fields: { score: 2 } }]),
    );
    expect(pointOf(raised, 'e2')?.y).toBeLessThan(e2?.y ?? 0);
    expect(pointOf(raised, 'e2')?.y).toBeCloseTo((row?.y ?? 0) + LAYOUT.emotionPaddingY, 6);
  });

  test('labels too narrow for a letter show the dot alone; wider ones keep their text', () => {
    const crowd = Array.from({ length: 14 }, (_, i) => ({
      type: 'addCard' as const,
      card: { id: `crowd${i}`, laneId: 'emo', stageId: 's3', text: `Feeling ${i}` },
    }));
    const layout = layoutMap(applyOperations(sampleMap(), crowd));
    const label = layout.cardsById.get('crowd0');
    expect(label?.text.lines).toEqual([]);
    expect(layout.cardsById.get('e1')?.text.lines.length).toBeGreaterThan(0);
  });

  test('draws one curve per persona in its colour; points without persona join the first', () => {
    const map = applyOperations(sampleMap(), [
      { type: 'updatePersona', personaId: 'bob', changes: { color: '#ff00aa' } },
      {
        type: 'addCard',
        card: { id: 'e3', laneId: 'emo', stageId: 's3', text: 'Relief', score: 2 },
      },
    ]);
    const layout = layoutMap(map);
    expect(layout.emotionCurves.map((c) => [c.personaId, c.points.map((p) => p.cardId)])).toEqual([
      ['ann', ['e1', 'e3']],
      ['bob', ['e2']],
    ]);
    expect(layout.emotionCurves[1]?.color).toBe('#ff00aa');
    expect(layout.emotionCurves[0]?.segments).toHaveLength(1);
    expect(layout.emotionCurves[0]?.segments[0]?.to).toMatchObject({ x: pointOf(layout, 'e3')?.x });
  });

  test('a map without personas has one default curve in the brand colour', () => {
    const map = applyOperations(sampleMap(), [
      { type: 'deletePersona', personaId: 'bob' },
      { type: 'deletePersona', personaId: 'ann' },
    ]);
    const layout = layoutMap(map);
    expect(layout.emotionCurves.map((c) => [c.personaId, c.color])).toEqual([
      [null, map.brandColor],
    ]);
  });

  test('cards sharing a cell sit side by side, in order', () => {
    const map = applyOperations(sampleMap(), [
      {
        type: 'addCard',
        card: { id: 'e0', laneId: 'emo', stageId: 's1', text: 'Before', score: 0 },
        index: 0,
      },
    ]);
    const layout = layoutMap(map);
    expect((pointOf(layout, 'e0')?.x ?? 0) < (pointOf(layout, 'e1')?.x ?? 0)).toBe(true);
  });
});

describe('connectors, notes, badges', () => {
  test('a connector starts and ends on the edges of its cards', () => {
    const layout = layoutMap(sampleMap());
    const c1 = layout.connectors.find((c) => c.id === 'c1');
    const a1 = layout.cardsById.get('a1');
    const b1 = layout.cardsById.get('b1');
    expect(c1?.points[0]).toEqual({
      x: (a1?.x ?? 0) + (a1?.width ?? 0),
      y: (a1?.y ?? 0) + (a1?.height ?? 0) / 2,
    });
    expect(c1?.points.at(-1)).toEqual({ x: b1?.x, y: (b1?.y ?? 0) + (b1?.height ?? 0) / 2 });
  });

  test('sticky notes keep their position and widen the bounds', () => {
    const map = applyOperations(sampleMap(), [
      { type: 'moveNotes', moves: [{ noteId: 'n1', x: -300, y: 50 }] },
    ]);
    const layout = layoutMap(map);
    expect(layout.notes[0]).toMatchObject({ x: -300, y: 50, width: LAYOUT.noteWidth });
    expect(layout.bounds.x).toBe(-300);
    expect(layout.bounds.width).toBe(layout.width + 300);
  });

  test('pain points show severity and votes badges; a KPI card shows its figure', () => {
    const map = applyOperations(sampleMap(), [
      { type: 'setLaneKind', laneId: 'act', kind: 'kpis' },
      {
        type: 'setCardFields',
        cardIds: ['a1'],
        fields: { metric: { value: '42%', target: '60%' } },
      },
    ]);
    const layout = layoutMap(map);
    expect(layout.cardsById.get('p1')?.badges.map((b) => b.kind)).toEqual(['severity', 'votes']);
    const kpi = layout.cardsById.get('a1');
    expect(kpi?.metric?.lines.map((l) => l.text)).toEqual(['42%']);
    expect(kpi?.metricTarget?.lines.map((l) => l.text)).toEqual(['60%']);
    expect(inside(kpi?.metric as Rect, kpi as Rect)).toBe(true);
  });
});

describe('layout cache', () => {
  test('gives the same layout, and the same objects for cards that did not change', () => {
    const cache = createLayoutCache();
    const map = sampleMap();
    const first = layoutMap(map, { cache });
    const edited = applyOperations(map, [
      { type: 'setCardText', cardId: 'b1', text: 'Changed text' },
    ]);
    const second = layoutMap(edited, { cache });
    expect(second).toEqual(layoutMap(edited));
    expect(second.cardsById.get('a1')).toBe(first.cardsById.get('a1'));
    expect(second.cardsById.get('b1')).not.toBe(first.cardsById.get('b1'));
  });
});

describe('geometry invariants on random maps', () => {
  test('property: cards in their cells without overlap, text inside; RTL mirrors LTR', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const ltr = layoutMap(withDirection(map, 'ltr'));
        const rtl = layoutMap(withDirection(map, 'rtl'));
        expectGeometry(map, ltr);
        expectGeometry(map, rtl);
        for (const card of ltr.cards) {
          expect(rtl.cardsById.get(card.id)?.x).toBeCloseTo(ltr.width - card.x - card.width, 6);
        }
        for (const [i, curve] of ltr.emotionCurves.entries()) {
          const mirrored = rtl.emotionCurves[i];
          curve.segments.forEach((s, j) => {
            expect(mirrored?.segments[j]?.c1.x).toBeCloseTo(ltr.width - s.c1.x, 6);
            expect(mirrored?.segments[j]?.c1.y).toBeCloseTo(s.c1.y, 6);
          });
        }
      }),
      { numRuns: Number(process.env.LAYOUT_RUNS ?? 150) },
    );
  });
});
