import { describe, expect, test } from 'vitest';
import { planDeck } from '../../../../shared/export/pptx/deckPlan';
import { emotionCharts } from '../../../../shared/export/pptx/emotionCharts';
import {
  BOTTOM_SPACE,
  CONTENT_Y,
  MIN_PT,
  PT,
  SLIDE_INCHES,
} from '../../../../shared/export/pptx/frame';
import { MIN_COLUMN, planMapSlides } from '../../../../shared/export/pptx/mapSlidePlan';
import { planMetricsSlides } from '../../../../shared/export/pptx/metricsSlides';
import { planSummarySlides } from '../../../../shared/export/pptx/summarySlides';
import { JourneyMapSchema, type JourneyMap } from '../../../../shared/model';
import { DEALS, metricsMaps, withMetrics } from '../../../fixtures/export/metrics';
import { persianMap, scriptsMap } from '../../../fixtures/export/scripts';

/** The scripts map with `count` stages (the first six as they are, then more). */
function withStages(map: JourneyMap, count: number): JourneyMap {
  const stages = Array.from({ length: count }, (_, i) => ({
    ...(map.stages[i] ?? { id: `s${i}`, name: `Stage ${i + 1}` }),
  }));
  return JourneyMapSchema.parse({ ...map, stages });
}

function withCards(map: JourneyMap, laneId: string, stageId: string, texts: string[]): JourneyMap {
  const cards = texts.map((text, i) => ({ id: `n${i}`, laneId, stageId, order: 'a0', text }));
  return JourneyMapSchema.parse({ ...map, cards: [...map.cards, ...cards] });
}

const LONG =
  'The customer compares delivery options on three sites and writes down the prices in a notebook';

describe('the map on slides', () => {
  test('six stages fit on one 16:9 slide; the deck is title, persona, map, emotions, table', () => {
    const plan = planMapSlides(scriptsMap(), '16:9');
    expect(plan.stagesPerSlide).toBe(6);
    expect(plan.slides.map((s) => s.stages)).toEqual([[0, 1, 2, 3, 4, 5]]);
    expect(planDeck(scriptsMap(), '16:9').map((s) => s.kind)).toEqual([
      'title',
      'persona',
      'map',
      'emotions',
      'summary',
    ]);
  });

  test('fourteen stages go in two groups of seven, no column narrower than the minimum', () => {
    const map = withStages(scriptsMap(), 14);
    for (const size of ['16:9', '4:3'] as const) {
      const plan = planMapSlides(map, size);
      expect(plan.stagesPerSlide).toBe(7);
      expect(plan.columnWidth).toBeGreaterThanOrEqual(MIN_COLUMN);
      expect(plan.slides.map((s) => s.stages)).toEqual([
        [0, 1, 2, 3, 4, 5, 6],
        [7, 8, 9, 10, 11, 12, 13],
      ]);
    }
  });

  test('every type size on a slide is 10 pt or more', () => {
    for (const pt of Object.values(PT)) expect(pt).toBeGreaterThanOrEqual(MIN_PT);
    expect(MIN_PT).toBe(10);
  });

  test('a cell too tall for a slide continues on the next ones, every card once and in order', () => {
    const texts = Array.from({ length: 30 }, (_, i) => `${i + 1}. ${LONG}`);
    const map = withCards(scriptsMap(), 'actions', 'interest', texts);
    const wide = planMapSlides(map, '16:9');
    const tall = planMapSlides(map, '4:3');
    expect(wide.slides.length).toBeGreaterThan(2);
    // A taller slide holds more of the cell: fewer slides.
    expect(tall.slides.length).toBeLessThan(wide.slides.length);

    for (const [size, plan] of [
      ['16:9', wide],
      ['4:3', tall],
    ] as const) {
      const shown = plan.slides.flatMap((slide) =>
        slide.rows
          .filter((row) => row.laneIndex === 0)
          .flatMap((row) =>
            slide.stages.includes(1) ? (row.cells[slide.stages.indexOf(1)] ?? []) : [],
          ),
      );
      expect(shown.filter((t) => t.endsWith(LONG))).toEqual(texts);
      // The lane's later rows say they continue it (the lane name gets “(continued)”).
      const laneRows = plan.slides
        .filter((slide) => slide.stages.includes(1))
        .flatMap((slide) => slide.rows.filter((row) => row.laneIndex === 0));
      expect(laneRows.map((row) => row.continued)).toEqual(laneRows.map((_, i) => i > 0));
      // Each slide's rows, as measured, fit below its header row.
      const table = SLIDE_INCHES[size].height - CONTENT_Y - BOTTOM_SPACE;
      for (const slide of plan.slides) {
        const height = slide.rows.reduce((sum, row) => sum + row.height, slide.headerHeight);
        expect(height).toBeLessThanOrEqual(table + 1e-9);
      }
      // A group's later slides say they continue it; each group's first does not.
      plan.slides.forEach((slide, i) => {
        expect(slide.continued).toBe(plan.slides[i - 1]?.stages[0] === slide.stages[0]);
      });
    }
  });

  test('right to left: the first stages come first, drawn from the right', () => {
    const plan = planMapSlides(persianMap(), '16:9');
    expect(plan.slides[0]?.stages).toEqual([0, 1, 2, 3, 4, 5]);
    expect(plan.slides[0]?.columns).toEqual([5, 4, 3, 2, 1, 0]);

    const long = planMapSlides(withStages(persianMap(), 14), '16:9');
    expect(long.slides.map((s) => s.columns)).toEqual([
      [6, 5, 4, 3, 2, 1, 0],
      [13, 12, 11, 10, 9, 8, 7],
    ]);
  });
});

describe('emotion charts', () => {
  test('one series per persona, a value per stage, blank where the persona has no point', () => {
    const [chart, ...rest] = emotionCharts(scriptsMap());
    expect(rest).toEqual([]);
    expect(chart?.labels).toEqual([
      'Awareness',
      'Interest',
      'Consideration',
      'Purchase',
      'Loyalty',
      'Advocacy',
    ]);
    expect(chart?.series.map((s) => [s.name, s.values])).toEqual([
      ['Olena', [1, null, null, -2, null, 2]],
    ]);
  });

  test('right to left the chart reads from the right: stages and values reversed', () => {
    const [chart] = emotionCharts(persianMap());
    expect(chart?.labels[0]).toBe('حمایت');
    expect(chart?.series[0]?.values).toEqual([2, null, -2, null, null, 1]);
  });

  test('a map without emotion points has no chart slide', () => {
    const map = scriptsMap();
    map.cards = map.cards.filter((c) => c.laneId !== 'emotions');
    expect(emotionCharts(map)).toEqual([]);
    expect(planDeck(map, '16:9').some((s) => s.kind === 'emotions')).toBe(false);
  });
});

describe('the pain points and opportunities table', () => {
  test('a long table continues across slides, every row once and in the order of the PDF', () => {
    const texts = Array.from({ length: 45 }, (_, i) => `Pain ${String(i + 1).padStart(2, '0')}`);
    const map = withCards(scriptsMap(), 'pain-points', 'awareness', texts);
    const slides = planSummarySlides(map, '16:9');
    expect(slides.length).toBeGreaterThan(1);
    const rows = slides.flat();
    expect(rows).toHaveLength(48); // the scripts map's 3 and these 45
    expect(rows.filter((r) => r.text.startsWith('Pain ')).map((r) => r.text)).toEqual(texts);
    const deck = planDeck(map, '16:9').filter((s) => s.kind === 'summary');
    expect(deck.map((s) => s.kind === 'summary' && s.continued)).toEqual(
      slides.map((_, i) => i > 0),
    );
  });

  test('a map without pain points or opportunities has no table slide', () => {
    const map = scriptsMap();
    map.cards = map.cards.filter((c) => c.laneId !== 'pain-points' && c.laneId !== 'opportunities');
    expect(planDeck(map, '16:9').map((s) => s.kind)).not.toContain('summary');
  });
});

describe('the stage metrics', () => {
  test('a map with measurements gets the metrics table and the funnel after the emotion charts', () => {
    for (const map of Object.values(metricsMaps())) {
      expect(planDeck(map, '16:9').map((s) => s.kind)).toEqual([
        'title',
        'persona',
        'map',
        'emotions',
        'metrics',
        'funnel',
        'summary',
      ]);
    }
    // Metrics without a single value add nothing.
    const empty = { ...withMetrics(scriptsMap()), measurements: [] };
    expect(planDeck(empty, '16:9')).toHaveLength(planDeck(scriptsMap(), '16:9').length);
  });

  test('every metric is a row; the funnel is the count metric over its six stages', () => {
    const plan = planMetricsSlides(metricsMaps().en, '16:9');
    expect(plan.tables).toHaveLength(1);
    expect(plan.tables[0]?.rows.map((r) => r.metric.id)).toEqual(['deals', 'nps', 'resolve']);
    expect(plan.funnel?.metric.id).toBe('deals');
    expect(plan.funnel?.steps.map((s) => s.value)).toEqual(Object.values(DEALS).map((v) => v[1]));
  });

  test('many stages split as the map slides split them; right to left the stages are reversed', () => {
    const map = withStages(metricsMaps().en, 14);
    for (const size of ['16:9', '4:3'] as const) {
      const tables = planMetricsSlides(map, size).tables;
      expect(tables.map((t) => t.columns)).toEqual([
        [0, 1, 2, 3, 4, 5, 6],
        [7, 8, 9, 10, 11, 12, 13],
      ]);
      expect(tables.map((t) => t.continued)).toEqual([false, true]);
    }
    const fa = metricsMaps().fa;
    expect(planMetricsSlides(fa, '16:9').tables[0]?.columns).toEqual([5, 4, 3, 2, 1, 0]);
  });

  test('many metrics continue on the next slide, each metric once and in order', () => {
    const map = metricsMaps().en;
    const ids = Array.from({ length: 20 }, (_, i) => `m${i}`);
    const many = JourneyMapSchema.parse({
      ...map,
      metrics: ids.map((id) => ({ id, name: `Metric ${id}`, kind: 'score' })),
      measurements: ids.map((id) => ({
        id: `v-${id}`,
        metricId: id,
        stageId: map.stages[0]?.id,
        value: 1,
        date: '2026-09-30',
      })),
    });
    const tables = planMetricsSlides(many, '16:9').tables;
    expect(tables.length).toBeGreaterThan(1);
    expect(tables.flatMap((t) => t.rows.map((r) => r.metric.id))).toEqual(ids);
    expect(tables.map((t) => t.continued)).toEqual(tables.map((_, i) => i > 0));
  });

  test('a map without count metrics gets the table and no funnel', () => {
    const map = metricsMaps().en;
    const noCounts = JourneyMapSchema.parse({
      ...map,
      metrics: map.metrics.filter((m) => m.kind !== 'count'),
      measurements: map.measurements.filter((m) => m.metricId !== 'deals'),
    });
    expect(planDeck(noCounts, '16:9').map((s) => s.kind)).toContain('metrics');
    expect(planDeck(noCounts, '16:9').map((s) => s.kind)).not.toContain('funnel');
  });
});
