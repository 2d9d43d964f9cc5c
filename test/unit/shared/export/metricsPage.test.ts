import { describe, expect, test } from 'vitest';
import { normalizeOptions } from '../../../../shared/export/options';
import { createTranslate } from '../../../../shared/i18n/translate';
import { formatMetricValue, formatShare } from '../../../../shared/metrics';
import { JourneyMapSchema, type JourneyMap, type Metric } from '../../../../shared/model';
import { DEALS, SNAPSHOTS, metricsMaps } from '../../../fixtures/export/metrics';
import { scriptsMap } from '../../../fixtures/export/scripts';
import { exportFile, pageCount, pdfText, plain } from './nodeExport';

// The PDF's "Journey metrics" page read back with poppler, as a client searches it: an
// English, a Russian and a Persian (right-to-left) map with two quarterly snapshots.

/** Page 4: after the cover, the persona page and the map page. */
const METRICS_PAGE = 4;

const maps = metricsMaps();

function metric(map: JourneyMap, index: number): Metric {
  const found = map.metrics[index];
  if (!found) throw new Error(`the fixture has no metric ${index}`);
  return found;
}

/** The figures of the funnel's biggest drop: Consideration → Purchase on the latest date. */
function biggestDrop(map: JourneyMap) {
  const deals = metric(map, 0);
  const value = (n: number) => formatMetricValue(n, deals, map.language);
  const [, considered] = DEALS.consideration ?? [0, 0];
  const [, bought] = DEALS.purchase ?? [0, 0];
  return {
    from: map.stages[2]?.name ?? '',
    to: map.stages[3]?.name ?? '',
    lost: value(considered - bought),
    count: value(considered),
    share: formatShare(1 - bought / considered, map.language),
  };
}

describe('the Journey metrics page', () => {
  test.each(['en', 'ru'] as const)(
    '%s: stage names, both snapshots, the change and the biggest drop sentence',
    async (language) => {
      const map = maps[language];
      const t = createTranslate(language);
      const { file } = await exportFile(map, { pdf: { page: 'A3' } });
      const text = pdfText(file, METRICS_PAGE);
      // Numbers carry no-break spaces (ru); the page's text is read back in NFKC.
      const has = (expected: string) => expect(text).toContain(plain(expected));
      has(t('export.metricsPage.title'));
      has(
        t('export.metricsPage.funnelTitle', { metric: map.metrics[0]?.name, date: SNAPSHOTS[1] }),
      );
      has(t('export.metricsPage.biggestDrop', biggestDrop(map)));
      for (const stage of map.stages) has(stage.name);
      const deals = metric(map, 0);
      for (const [old, latest] of Object.values(DEALS)) {
        has(formatMetricValue(old, deals, language));
        has(formatMetricValue(latest, deals, language));
      }
      for (const date of SNAPSHOTS) has(date);
      // Changes are signed text (the arrow is drawn): Awareness +620, Purchase −30 deals.
      has('+620');
      expect(text).toMatch(/[-−]30\b/);
      // NPS at Loyalty is 52 against a target of 40; at Purchase 27.5.
      const nps = metric(map, 1);
      has(formatMetricValue(27.5, nps, language));
      has(t('export.metricsPage.target', { target: formatMetricValue(40, nps, language) }));
      has(t('export.metricsPage.met'));
      has(t('export.metricsPage.notMet'));
      has(t('export.metricsPage.lowerIsBetter'));
    },
  );

  test('fa: right to left, Persian digits, the biggest drop called out', async () => {
    const map = maps.fa;
    const t = createTranslate('fa');
    const { file } = await exportFile(map, { pdf: { page: 'A3' } });
    const text = pdfText(file, METRICS_PAGE);
    // Numbers carry no-break spaces (ru); the page's text is read back in NFKC.
    const has = (expected: string) => expect(text).toContain(plain(expected));
    has(t('export.metricsPage.title'));
    for (const stage of map.stages) has(stage.name);
    const deals = metric(map, 0);
    for (const [, latest] of Object.values(DEALS)) {
      has(formatMetricValue(latest, deals, 'fa'));
    }
    const drop = biggestDrop(map);
    expect(drop.lost).toBe('۱٬۷۹۰');
    // The sentence's words up to its colon, and its figures (poppler orders a mixed line its own way).
    const sentence = t('export.metricsPage.biggestDrop', drop);
    has(sentence.slice(0, sentence.indexOf(':')));
    has(drop.lost);
    has(drop.count);
    has(t('export.metricsPage.notMet'));
    // The change is signed text in the map's digits (the arrow beside it is drawn).
    has('+۶۲۰');
  });

  test('the metrics page is one more page; without values, or turned off, there is none', async () => {
    const base = scriptsMap();
    const plain = await exportFile(base, { pdf: { page: 'A3' } });
    const withMetrics = await exportFile(maps.en, { pdf: { page: 'A3' } });
    expect(pageCount(withMetrics.file)).toBe(pageCount(plain.file) + 1);
    expect(pdfText(plain.file)).not.toContain('Journey metrics');

    const off = await exportFile(maps.en, { pdf: { page: 'A3', metrics: false } });
    expect(pageCount(off.file)).toBe(pageCount(plain.file));
    expect(pdfText(off.file)).not.toContain('Journey metrics');

    // Metrics defined but never measured: nothing to show.
    const empty = JourneyMapSchema.parse({ ...maps.en, measurements: [] });
    const none = await exportFile(empty, { pdf: { page: 'A3' } });
    expect(pageCount(none.file)).toBe(pageCount(plain.file));

    // A poster is the map sheet alone.
    const poster = await exportFile(maps.en, { pdf: { page: 'A1', poster: true } });
    expect(pageCount(poster.file)).toBe(1);
  });

  test('on A4 portrait both snapshots still fit, and many metrics run onto further pages', async () => {
    const { file } = await exportFile(maps.en, { pdf: { page: 'A4', orientation: 'portrait' } });
    const text = pdfText(file, METRICS_PAGE);
    for (const date of SNAPSHOTS) expect(text).toContain(date);
    expect(text).toContain('Not met');

    // Twelve copies of the three metrics: the trend tables continue on the next pages.
    const many = JourneyMapSchema.parse({
      ...maps.en,
      metrics: Array.from({ length: 12 }, (_, i) =>
        maps.en.metrics.map((m) => ({ ...m, id: `${m.id}${i}`, name: `${m.name} ${i + 1}` })),
      ).flat(),
      measurements: Array.from({ length: 12 }, (_, i) =>
        maps.en.measurements.map((m) => ({
          ...m,
          id: `${m.id}-${i}`,
          metricId: `${m.metricId}${i}`,
        })),
      ).flat(),
    });
    const long = await exportFile(many, { pdf: { page: 'A4', orientation: 'portrait' } });
    const pages = pageCount(long.file);
    expect(pages).toBeGreaterThan(6);
    const all = pdfText(long.file);
    expect(all).toContain('Time to resolve 12');
    expect(all).toContain(`Page ${pages} of ${pages}`);
    // Every funnel is drawn, each with its own biggest drop.
    expect(all.split('Where customers get lost').length - 1).toBe(12);
  });

  test('a funnel of more stages than a page holds goes on on the next page', async () => {
    const stages = Array.from({ length: 40 }, (_, i) => ({
      id: `s${i + 1}`,
      name: `Step ${i + 1}`,
    }));
    const map = JourneyMapSchema.parse({
      ...scriptsMap(),
      stages,
      cards: [],
      connectors: [],
      metrics: [{ id: 'deals', name: 'Deals', kind: 'count' }],
      measurements: stages.map((stage, i) => ({
        id: `v${i}`,
        metricId: 'deals',
        stageId: stage.id,
        value: 100_000 - i * 2_000,
        date: '2026-09-30',
      })),
    });
    const { file } = await exportFile(map, { pdf: { page: 'A4', summary: false } });
    const pages = pageCount(file);
    const funnelPages = pdfText(file, 4, pages);
    for (const stage of stages) expect(funnelPages).toContain(stage.name);
    expect(funnelPages).toContain('22,000'); // Step 40
    // Every page the funnel runs over is numbered in the same count.
    for (let page = 4; page <= pages; page += 1) {
      expect(pdfText(file, page)).toContain(`Page ${page} of ${pages}`);
    }
    expect(pages).toBeGreaterThan(4);
  });

  test('"Include metrics" is on unless turned off', () => {
    expect(normalizeOptions({}).pdf.metrics).toBe(true);
    expect(normalizeOptions({ pdf: { metrics: false } }).pdf.metrics).toBe(false);
  });
});
