import type { Translate } from '../../load';
import { funnelMetrics, funnelOf, metricRows, type Funnel } from '../../metrics';
import type { JourneyMap } from '../../model';
import { drawFunnel, funnelHeight } from './metricsFunnel';
import { drawTrendTable, type TableFlow } from './metricsTrends';
import { PAGE_COLORS, PAGE_STYLES, type PageLayout } from './pageLayout';

/** Whether the map has numbers for a "Journey metrics" page: a metric with a value. */
export function hasMetricsPage(map: Pick<JourneyMap, 'metrics' | 'measurements'>): boolean {
  const ids = new Set(map.metrics.map((m) => m.id));
  return map.measurements.some((m) => ids.has(m.metricId));
}

/** The funnels the page draws: each count metric whose latest snapshot spans two stages or more. */
export function pageFunnels(map: JourneyMap): Funnel[] {
  return funnelMetrics(map).flatMap((metric) => {
    const funnel = funnelOf(map, metric.id);
    return funnel && funnel.steps.length > 1 ? [funnel] : [];
  });
}

/** Text the metrics pages set that the map's own text may not cover (for the fonts to embed). */
export function metricsPageText(map: JourneyMap, t: Translate): string[] {
  return [t('export.metricsPage.title'), ...map.metrics.flatMap((m) => [m.name, m.unit ?? ''])];
}

/**
 * The "Journey metrics" pages: the heading, the funnel of each count metric (a funnel that
 * does not fit below the one before starts a page), then every metric's trend table across its
 * snapshot dates. `page` is a fresh page; `newPage` starts another one.
 */
export function drawMetricsPages(
  page: PageLayout,
  map: JourneyMap,
  area: { top: number; bottom: number; margin: number },
  newPage: () => PageLayout,
  t: Translate,
): void {
  const inner = page.width - 2 * area.margin;
  let flow: TableFlow = { ...area, page, y: area.top, newPage };
  const heading = page.text(
    t('export.metricsPage.title'),
    { x: page.startX(area.margin, inner), y: flow.y, width: inner },
    PAGE_STYLES.heading,
    PAGE_COLORS.text,
    { maxLines: 2 },
  );
  flow.y += heading.height + 12;

  for (const funnel of pageFunnels(map)) {
    // A funnel that does not fit below the one before starts a page (if a page can hold it).
    const height = funnelHeight(map, funnel, inner, t);
    const first = funnelHeight(map, { ...funnel, steps: funnel.steps.slice(0, 1) }, inner, t);
    const fresh = flow.y <= area.top + heading.height + 12;
    const fitsPage = height <= area.bottom - area.top;
    if (!fresh && flow.y + (fitsPage ? height : first) > area.bottom) {
      flow = { ...flow, page: newPage(), y: area.top };
    }
    flow = drawFunnel(flow, map, funnel, t);
    flow.y += 28;
  }
  for (const row of metricRows(map)) flow = drawTrendTable(flow, map, row, t);
}
