import { describe, expect, test } from 'vitest';
import { buildScene } from '../../../../shared/export/scene/buildScene';
import { SCENE_COLORS } from '../../../../shared/export/scene/colors';
import { funnelScene } from '../../../../shared/export/scene/funnel';
import { mapSceneWithLegend } from '../../../../shared/export/scene/mapScene';
import type { Shape, TextShape } from '../../../../shared/export/scene/types';
import { buildSvg } from '../../../../shared/export/svg/buildSvg';
import { createTranslate } from '../../../../shared/i18n/translate';
import { fontFaceOf, layoutMap } from '../../../../shared/layout';
import { englishT } from '../../../../shared/load';
import { funnelOf, funnelText } from '../../../../shared/metrics';
import { storeMetricsMap } from '../../../fixtures/metrics/storeMetrics';

const texts = (shapes: readonly Shape[]): string[] =>
  shapes.flatMap((s) => (s.kind === 'text' ? s.lines.map((l) => l.text) : []));
const textShape = (shapes: readonly Shape[], text: string): TextShape => {
  const found = shapes.find(
    (s): s is TextShape => s.kind === 'text' && s.lines.some((l) => l.text === text),
  );
  if (!found) throw new Error(`no text ${text}`);
  return found;
};

describe('the metrics lane in the export scene', () => {
  const map = storeMetricsMap();
  const scene = buildScene(layoutMap(map), englishT());

  test('the SVG shows the title, the names, the values and the changes', () => {
    const svg = buildSvg(scene);
    for (const text of ['Metrics', 'Customers', 'Time to pay', '6,000', '12.5%', '200']) {
      expect(svg).toContain(`>${text}</text>`);
    }
  });

  test('changes are coloured by the news: green when better, red when worse', () => {
    // Customers at Visit rose (good), at Checkout fell (bad); time to pay fell (good).
    expect(textShape(scene.shapes, '200').color).toBe(SCENE_COLORS.good);
    expect(textShape(scene.shapes, '124').color).toBe(SCENE_COLORS.bad);
    expect(textShape(scene.shapes, '2.3 min').color).toBe(SCENE_COLORS.good);
  });

  test('arrows and target marks are shapes: up and down triangles, ticks and crosses', () => {
    const arrows = scene.shapes.filter((s) => s.kind === 'polyline' && s.arrow);
    const up = arrows.filter(
      (s) => s.kind === 'polyline' && (s.points[1]?.y ?? 0) < (s.points[0]?.y ?? 0),
    );
    // Up: customers at Visit and Cart, conversion at Checkout; down: four others.
    expect(up).toHaveLength(3);
    expect(arrows).toHaveLength(7);
    const marks = scene.shapes.filter(
      (s) => s.kind === 'polyline' && !s.arrow && s.stroke.width === 1.8,
    );
    // Conversion (target 15%): missed at Checkout, met at Paid; time to pay (5 min): met twice.
    const green = marks.filter(
      (s) => s.kind === 'polyline' && s.stroke.color === SCENE_COLORS.good,
    );
    const red = marks.filter((s) => s.kind === 'polyline' && s.stroke.color === SCENE_COLORS.bad);
    expect(green).toHaveLength(3); // three ticks
    expect(red).toHaveLength(2); // a cross of two strokes
    expect(buildSvg(scene)).toContain('<polygon');
  });

  test('every character it prints is in a bundled font (the PDF embeds no other)', () => {
    const fa = { ...map, language: 'fa', direction: 'rtl' as const };
    const shapes = [
      ...mapSceneWithLegend(map, layoutMap(map), englishT()).shapes,
      ...mapSceneWithLegend(fa, layoutMap(fa), createTranslate('fa')).shapes,
    ];
    const missing = texts(shapes)
      .join('')
      .split('')
      .filter((ch) => ch.trim() !== '' && fontFaceOf(ch.charCodeAt(0)) === null);
    expect(missing).toEqual([]);
  });
});

describe('the funnel', () => {
  const map = storeMetricsMap();
  const funnel = funnelOf(map, 'customers');
  if (!funnel) throw new Error('no funnel');

  test('its words: counts, shares and where customers get lost', () => {
    const words = funnelText(map, funnel, englishT());
    expect(words.heading).toBe('Customers on 2026-10-01');
    expect(words.steps.map((s) => s.stageName)).toEqual(['Visit', 'Cart', 'Checkout', 'Paid']);
    expect(words.steps[0]).toMatchObject({ value: '6,000', dropOff: '1,900 lost' });
    expect(words.steps[1]?.conversion).toBe('36% go on');
    expect(words.biggestDrop).toBe('Where customers get lost: Cart » Checkout, \u221264%');
    expect(words.steps[3]?.conversion).toBeUndefined();
    const ru = funnelText({ ...map, language: 'ru' }, funnel, createTranslate('ru'));
    expect(ru.biggestDrop).toBe('Где теряются клиенты: Cart » Checkout, \u221264\u00a0%');
  });

  test('bars are as long as their counts, and fit the width', () => {
    const labels = { ...funnelText(map, funnel, englishT()), direction: 'ltr' as const };
    const { elements, height } = funnelScene(funnel, labels, 600);
    const bars = elements.flatMap((s) => (s.kind === 'rect' ? [s] : []));
    expect(bars).toHaveLength(4);
    const [visit, cart] = bars.map((b) => b.width);
    expect((cart ?? 0) / (visit ?? 1)).toBeCloseTo(4100 / 6000, 3);
    for (const b of bars) expect(b.x + b.width).toBeLessThanOrEqual(600);
    expect(height).toBeGreaterThan(4 * 18);
    expect(texts(elements)).toContain(labels.biggestDrop);
    // Right to left: the bars start at the right edge.
    const rtl = funnelScene(funnel, { ...labels, direction: 'rtl' }, 600).elements;
    const first = rtl.flatMap((s) => (s.kind === 'rect' ? [s] : []))[0];
    expect((first?.x ?? 0) + (first?.width ?? 0)).toBeCloseTo(600 - (bars[0]?.x ?? 0));
  });

  test('SVG and PNG exports draw it under the map; a map without counts has none', () => {
    const layout = layoutMap(map);
    const scene = mapSceneWithLegend(map, layout, englishT());
    expect(scene.bounds.height).toBeGreaterThan(layout.height + 150);
    const svg = buildSvg(scene);
    expect(svg).toContain('Where customers get lost: Cart » Checkout, \u221264%');
    const noCounts = {
      ...map,
      metrics: map.metrics.filter((m) => m.kind !== 'count'),
      measurements: map.measurements.filter((m) => m.metricId !== 'customers'),
    };
    expect(buildSvg(mapSceneWithLegend(noCounts, layoutMap(noCounts), englishT()))).not.toContain(
      'Where customers get lost',
    );
  });
});

test('the legend explains the arrows and marks the lane shows, in the map language', () => {
  const map = storeMetricsMap();
  const svg = buildSvg(mapSceneWithLegend(map, layoutMap(map), englishT()));
  for (const text of ['Better than the previous snapshot', 'Target met', 'Target not met']) {
    expect(svg).toContain(`>${text}</text>`);
  }
  const ru = { ...map, language: 'ru' };
  expect(buildSvg(mapSceneWithLegend(ru, layoutMap(ru), createTranslate('ru')))).toContain(
    '>Хуже, чем в предыдущем срезе</text>',
  );
});
