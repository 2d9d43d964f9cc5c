import { expect, test } from 'vitest';
import { buildNodes, createElementCache } from '../../../../renderer/canvas/buildElements';
import { createLayoutCache, layoutMap } from '../../../../shared/layout';
import type { JourneyMap } from '../../../../shared/model';
import { applyOperations } from '../../../../shared/ops';
import { storeMetricsMap } from '../../../fixtures/metrics/storeMetrics';

// The metrics lane on the canvas: a node per stage cell and one for its header, frozen like
// the headers (they span the map from its top), and left alone when only a card changes.
function canvasOf() {
  const layoutCache = createLayoutCache();
  const cache = createElementCache();
  return (map: JourneyMap) =>
    buildNodes(layoutMap(map, { cache: layoutCache }), map, new Set(), cache);
}

test('a node per stage and one header; none without metrics', () => {
  const map = storeMetricsMap();
  const nodes = canvasOf()(map);
  const cells = nodes.filter((n) => n.type === 'metricsCell');
  expect(cells.map((n) => n.id)).toEqual(['m:visit', 'm:cart', 'm:checkout', 'm:paid']);
  expect(cells.every((n) => n.position.y === 0)).toBe(true);
  expect(nodes.filter((n) => n.type === 'metricsHeader')).toHaveLength(1);
  const none = canvasOf()({ ...map, metrics: [], measurements: [] });
  expect(none.some((n) => n.type === 'metricsCell' || n.type === 'metricsHeader')).toBe(false);
});

test("editing a card keeps the lane's nodes; a new snapshot value changes its cell", () => {
  const canvas = canvasOf();
  const map = storeMetricsMap();
  const before = canvas(map);
  const lane = (nodes: typeof before) =>
    nodes.filter((n) => n.type === 'metricsCell' || n.type === 'metricsHeader');
  const edited = applyOperations(map, [{ type: 'setCardText', cardId: 'c1', text: 'Pays' }]);
  const after = canvas(edited);
  expect(lane(after)).toEqual(lane(before));
  lane(after).forEach((node, i) => expect(node).toBe(lane(before)[i]));
  const revalued = applyOperations(edited, [
    {
      type: 'setMeasurement',
      measurement: {
        id: 'v-new',
        metricId: 'customers',
        stageId: 'paid',
        date: '2026-10-01',
        value: 1200,
      },
    },
  ]);
  const changed = lane(canvas(revalued)).filter((n, i) => n !== lane(after)[i]);
  expect(changed.map((n) => n.id)).toEqual(['m:paid']);
});
