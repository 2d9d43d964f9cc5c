import { describe, expect, test } from 'vitest';
import {
  createLayoutCache,
  LAYOUT,
  layoutMap,
  metricsLaneHeight,
  TEXT_STYLES,
  type MetricsLaneLayout,
  type Rect,
} from '../../../../shared/layout';
import type { JourneyMap } from '../../../../shared/model';
import { storeMetricsMap } from '../../../fixtures/metrics/storeMetrics';

const EPS = 1e-6;
const inside = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x - EPS &&
  inner.y >= outer.y - EPS &&
  inner.x + inner.width <= outer.x + outer.width + EPS &&
  inner.y + inner.height <= outer.y + outer.height + EPS;

function lane(map: JourneyMap): MetricsLaneLayout {
  const metrics = layoutMap(map).metrics;
  if (!metrics) throw new Error('no metrics lane');
  return metrics;
}

function line(metrics: MetricsLaneLayout, stageId: string, metricId: string) {
  const found = metrics.cells
    .find((c) => c.stageId === stageId)
    ?.lines.find((l) => l.metricId === metricId);
  if (!found) throw new Error(`no line ${metricId} at ${stageId}`);
  return found;
}

const text = (block: { lines: readonly { text: string }[] }) =>
  block.lines.map((l) => l.text).join('\n');

describe('the metrics lane', () => {
  test('a map without metrics has no lane, and its first lane starts under the headers', () => {
    const map = { ...storeMetricsMap(), metrics: [], measurements: [] };
    const layout = layoutMap(map);
    expect(layout.metrics).toBeUndefined();
    expect(layout.rows[0]?.y).toBe(layout.columns[0]?.header.height);
  });

  test('sits under the stage headers, as tall as its title and one line per metric', () => {
    const map = storeMetricsMap();
    const layout = layoutMap(map);
    const metrics = lane(map);
    const headerHeight = layout.columns[0]?.header.height ?? 0;
    expect(metrics.y).toBe(headerHeight);
    expect(metrics.height).toBe(metricsLaneHeight(3));
    expect(metricsLaneHeight(4) - metricsLaneHeight(3)).toBe(TEXT_STYLES.metricValue.lineHeight);
    expect(layout.rows[0]?.y).toBe(headerHeight + metrics.height);
    expect(layout.height).toBe(headerHeight + metrics.height + (layout.rows[0]?.height ?? 0));
    expect(metrics.metricIds).toEqual(['customers', 'conversion', 'wait']);
    expect(metrics.header.names.map(text)).toEqual(['Customers', 'Conversion', 'Time to pay']);
    expect(metrics.cells.map((c) => c.stageId)).toEqual(['visit', 'cart', 'checkout', 'paid']);
  });

  test('each line shows the latest value, the change and the target, inside its cell', () => {
    const metrics = lane(storeMetricsMap());
    const visitors = line(metrics, 'visit', 'customers');
    expect(text(visitors.value)).toBe('6,000');
    expect(visitors.change?.trend).toBe('up');
    expect(visitors.change?.improved).toBe(true);
    expect(text(visitors.change?.text ?? { lines: [] })).toBe('200');
    expect(visitors.target).toBeUndefined();

    const conversion = line(metrics, 'checkout', 'conversion');
    expect(text(conversion.value)).toBe('12.5%');
    expect(text(conversion.change?.text ?? { lines: [] })).toBe('1.6%');
    expect(conversion.target?.met).toBe(false);

    // Time to pay: lower is better, so a fall is good news and 4.2 min meets the 5 min target.
    const wait = line(metrics, 'checkout', 'wait');
    expect(wait.change).toMatchObject({ trend: 'down', improved: true });
    expect(wait.target?.met).toBe(true);
    // A value without an earlier snapshot has no change.
    expect(line(metrics, 'paid', 'wait').change).toBeUndefined();
    // Stages without a value leave the metric's line empty; the others stay on their lines.
    expect(metrics.cells[0]?.lines.map((l) => l.metricId)).toEqual(['customers']);
    const nameOf = (i: number) => metrics.header.names[i]?.lines[0]?.baseline;
    expect(wait.value.lines[0]?.baseline).toBe(nameOf(2));
    expect(conversion.value.lines[0]?.baseline).toBe(nameOf(1));

    for (const cell of metrics.cells) {
      const inner = {
        x: cell.x + LAYOUT.cellPaddingX,
        y: cell.y,
        width: cell.width - 2 * LAYOUT.cellPaddingX,
        height: cell.height,
      };
      for (const l of cell.lines) {
        const boxes = [l.value, l.change?.text, l.change?.arrow, l.target?.mark];
        for (const box of boxes) if (box) expect(inside(box, inner)).toBe(true);
        // The pieces do not overlap, in reading order from the start edge.
        const arrow = l.change?.arrow;
        if (arrow) expect(arrow.x).toBeGreaterThanOrEqual(l.value.x + l.value.width);
        if (arrow && l.change) expect(l.change.text.x).toBeGreaterThanOrEqual(arrow.x + 8);
      }
    }
  });

  test('a value that stayed the same has no arrow and reads "= 0"', () => {
    const map = storeMetricsMap();
    const measurements = map.measurements.map((m) =>
      m.metricId === 'customers' && m.stageId === 'cart' ? { ...m, value: 4100 } : m,
    );
    const same = line(lane({ ...map, measurements }), 'cart', 'customers');
    expect(same.change).toMatchObject({ trend: 'same' });
    expect(same.change?.arrow).toBeUndefined();
    expect(same.change?.improved).toBeUndefined();
    expect(text(same.change?.text ?? { lines: [] })).toBe('= 0');
  });

  test('values are written as the map language writes them', () => {
    const metrics = lane({ ...storeMetricsMap(), language: 'ru' });
    expect(text(line(metrics, 'visit', 'customers').value)).toBe('6\u00a0000');
    expect(text(line(metrics, 'checkout', 'conversion').value)).toBe('12,5\u00a0%');
  });

  test('right-to-left maps mirror it: names at the right, lines running from the right', () => {
    const rtl = layoutMap({ ...storeMetricsMap(), direction: 'rtl', language: 'fa' });
    const metrics = rtl.metrics as MetricsLaneLayout;
    expect(metrics.header.x).toBe(rtl.width - LAYOUT.laneHeaderWidth);
    expect(metrics.header.names[0]?.align).toBe('right');
    const first = metrics.cells[0];
    expect(first?.x).toBe(rtl.width - LAYOUT.laneHeaderWidth - LAYOUT.columnWidth);
    const l = line(metrics, 'checkout', 'conversion');
    const cell = metrics.cells.find((c) => c.stageId === 'checkout') as Rect;
    // The value ends at the cell's right padding, the arrow is left of it, the mark at the left.
    expect(l.value.x + l.value.width).toBeCloseTo(cell.x + cell.width - LAYOUT.cellPaddingX);
    expect((l.change?.arrow?.x ?? 0) + LAYOUT.metricsArrowSize).toBeLessThanOrEqual(l.value.x);
    expect(l.target?.mark.x).toBe(cell.x + LAYOUT.cellPaddingX);
  });

  test('a layout cache keeps the lane while only cards change', () => {
    const cache = createLayoutCache();
    const map = storeMetricsMap();
    const first = layoutMap(map, { cache }).metrics;
    const edited = { ...map, cards: map.cards.map((c) => ({ ...c, text: 'Edited' })) };
    expect(layoutMap(edited, { cache }).metrics).toBe(first);
    const other = { ...map, measurements: map.measurements.slice(1) };
    expect(layoutMap(other, { cache }).metrics).not.toBe(first);
  });
});
