import { wrapText } from '../../layout';
import type { Translate } from '../../load';
import { formatMetricValue, type MetricRow, type StageValue } from '../../metrics';
import type { JourneyMap, Metric } from '../../model';
import { METRIC_COLORS } from './metricsFunnel';
import { PAGE_COLORS, PAGE_STYLES, type PageLayout } from './pageLayout';

const PAD = 6;
const STAGE_WIDTH = 160;
const DATE_WIDTH = 100;
const CHANGE_WIDTH = 110;
const TARGET_WIDTH = 120;
const TREND_WIDTH = 100;

/**
 * Where the metrics pages' blocks (funnels, trend tables) go: the page, the next free `y` in the
 * flow area, and how to start another page when a block runs over.
 */
export interface TableFlow {
  page: PageLayout;
  y: number;
  top: number;
  bottom: number;
  margin: number;
  newPage(): PageLayout;
}

type Column =
  | { kind: 'stage' | 'change' | 'target' | 'trend'; width: number }
  | { kind: 'date'; date: string; width: number };

/**
 * One metric's trend table: a row per stage with a value, its values on the latest snapshot
 * dates (as many as fit the page, oldest first), the change since the previous snapshot, whether
 * the latest value meets the target, and a small line of the values over time. The numbers
 * are text (searchable), in the map's number format. The table's header repeats on a new page.
 * Returns the flow with `y` below the table.
 */
export function drawTrendTable(
  flow: TableFlow,
  map: JourneyMap,
  row: MetricRow,
  t: Translate,
): TableFlow {
  const { metric } = row;
  const stages = map.stages.filter((stage) => row.values.has(stage.id));
  if (stages.length === 0) return flow;
  const inner = flow.page.width - 2 * flow.margin;
  const columns = columnsOf(row, inner);
  const shownDates = columns.filter((c) => c.kind === 'date').length;
  const offsets = columns.map((_, i) => columns.slice(0, i).reduce((sum, c) => sum + c.width, 0));
  const language = map.language;
  const value = (n: number): string => formatMetricValue(n, metric, language);
  const byStageDate = new Map(
    map.measurements
      .filter((m) => m.metricId === metric.id)
      .map((m) => [`${m.stageId} ${m.date}`, m.value]),
  );
  const style = PAGE_STYLES.body;
  const headerHeight = PAGE_STYLES.bodyBold.lineHeight + 2 * PAD;
  const rowLines = stages.map((stage) =>
    Math.max(1, wrapText(stage.name, STAGE_WIDTH - 2 * PAD, style, 2).lines.length),
  );
  const rowHeight = (i: number): number => (rowLines[i] ?? 1) * style.lineHeight + 2 * PAD;

  let { page, y } = flow;
  const cellX = (i: number, w = columns[i]?.width ?? 0): number =>
    page.startX(flow.margin + (offsets[i] ?? 0), w);

  // The metric's heading keeps with its header and first row.
  const note = metricNote(metric, language, t, row.dates.length, shownDates);
  const headingHeight =
    PAGE_STYLES.subheading.lineHeight + (note ? PAGE_STYLES.small.lineHeight : 0) + 6;
  if (y + headingHeight + headerHeight + rowHeight(0) > flow.bottom) {
    page = flow.newPage();
    y = flow.top;
  }
  const heading = page.text(
    metric.name,
    { x: page.startX(flow.margin, inner), y, width: inner },
    PAGE_STYLES.subheading,
    PAGE_COLORS.text,
    { maxLines: 1 },
  );
  y += heading.height;
  if (note) {
    const block = page.text(
      note,
      { x: page.startX(flow.margin, inner), y, width: inner },
      PAGE_STYLES.small,
      PAGE_COLORS.muted,
      { maxLines: 1 },
    );
    y += block.height;
  }
  y += 6;

  const header = (): void => {
    page.rect(page.startX(flow.margin, inner), y, inner, headerHeight, PAGE_COLORS.headerFill);
    columns.forEach((column, i) => {
      const label =
        column.kind === 'date' ? column.date : t(`export.metricsPage.columns.${column.kind}`);
      page.text(
        label,
        { x: cellX(i) + PAD, y: y + PAD, width: column.width - 2 * PAD },
        PAGE_STYLES.bodyBold,
        PAGE_COLORS.text,
        { maxLines: 1 },
      );
    });
    y += headerHeight;
  };
  header();

  stages.forEach((stage, index) => {
    const stageValue = row.values.get(stage.id) as StageValue;
    const height = rowHeight(index);
    if (y + height > flow.bottom) {
      page = flow.newPage();
      y = flow.top;
      header();
    }
    // Below the rule above it, which the fill would hide.
    if (index % 2 === 1) {
      page.rect(page.startX(flow.margin, inner), y + 0.5, inner, height - 0.5, PAGE_COLORS.zebra);
    }
    const history = columns.flatMap((c) =>
      c.kind === 'date' ? [byStageDate.get(`${stage.id} ${c.date}`)] : [],
    );
    columns.forEach((column, i) => {
      const box = { x: cellX(i) + PAD, y: y + PAD, width: column.width - 2 * PAD };
      switch (column.kind) {
        case 'stage':
          page.text(stage.name, box, style, PAGE_COLORS.text, { maxLines: 2 });
          return;
        case 'date': {
          const v = byStageDate.get(`${stage.id} ${column.date}`);
          page.text(v === undefined ? '–' : value(v), box, style, PAGE_COLORS.text, {
            maxLines: 1,
          });
          return;
        }
        case 'change':
          drawChange(page, box, stageValue, metric, language);
          return;
        case 'target':
          if (stageValue.targetMet === undefined) return;
          page.text(
            t(stageValue.targetMet ? 'export.metricsPage.met' : 'export.metricsPage.notMet'),
            box,
            style,
            stageValue.targetMet ? METRIC_COLORS.good : METRIC_COLORS.bad,
            { maxLines: 1 },
          );
          return;
        case 'trend':
          drawSparkline(page, { ...box, height: style.lineHeight }, history, map.brandColor);
          return;
      }
    });
    y += height;
    page.line(
      page.startX(flow.margin, inner),
      y,
      page.startX(flow.margin, inner) + inner,
      y,
      PAGE_COLORS.rule,
      0.5,
    );
  });
  return { ...flow, page, y: y + 20 };
}

/**
 * The columns that fit `inner`: the stage, the latest snapshot dates (at least one), the
 * change when there are two snapshots, met-or-not when there is a target, and the trend line.
 */
function columnsOf(row: MetricRow, inner: number): Column[] {
  const several = row.dates.length > 1;
  const fixed: Column[] = [
    ...(several ? [{ kind: 'change', width: CHANGE_WIDTH } as const] : []),
    ...(row.metric.target !== undefined ? [{ kind: 'target', width: TARGET_WIDTH } as const] : []),
    ...(several ? [{ kind: 'trend', width: TREND_WIDTH } as const] : []),
  ];
  const room = inner - STAGE_WIDTH - fixed.reduce((sum, c) => sum + c.width, 0);
  const count = Math.max(1, Math.min(row.dates.length, Math.floor(room / DATE_WIDTH)));
  const dates = row.dates.slice(-count);
  // The stage column takes what the dates leave, so the table spans the page.
  const stageWidth = Math.max(STAGE_WIDTH, room + STAGE_WIDTH - count * DATE_WIDTH);
  return [
    { kind: 'stage', width: Math.min(stageWidth, 360) },
    ...dates.map((date) => ({ kind: 'date' as const, date, width: DATE_WIDTH })),
    ...fixed,
  ];
}

/** "Target: 80 % · higher is better", and how many snapshots the table shows when not all. */
function metricNote(
  metric: Metric,
  language: string,
  t: Translate,
  total: number,
  shown: number,
): string {
  const parts = [
    metric.target === undefined
      ? ''
      : t('export.metricsPage.target', {
          target: formatMetricValue(metric.target, metric, language),
        }),
    t(
      metric.higherIsBetter
        ? 'export.metricsPage.higherIsBetter'
        : 'export.metricsPage.lowerIsBetter',
    ),
    shown < total ? t('export.metricsPage.snapshotsShown', { shown, total }) : '',
  ];
  return parts.filter((p) => p !== '').join(' · ');
}

/**
 * The change since the previous snapshot: a triangle drawn as a shape (the bundled fonts have
 * no ▲▼ glyphs) and the signed amount as text, green when it is good news, red when bad.
 */
function drawChange(
  page: PageLayout,
  box: { x: number; y: number; width: number },
  value: StageValue,
  metric: Metric,
  language: string,
): void {
  if (value.change === undefined) return;
  const color =
    value.improved === undefined
      ? PAGE_COLORS.muted
      : value.improved
        ? METRIC_COLORS.good
        : METRIC_COLORS.bad;
  const size = 9;
  const mid = box.y + PAGE_STYLES.body.lineHeight / 2;
  const left = page.rtl ? box.x + box.width - size : box.x;
  if (value.change !== 0) {
    const up = value.change > 0;
    const tip = up ? mid - size / 2 : mid + size / 2;
    const base = up ? mid + size / 2 : mid - size / 2;
    const c = page.canvas;
    page.doc.setFillColor(color);
    page.doc.triangle(
      c.x(left),
      c.y(base),
      c.x(left + size / 2),
      c.y(tip),
      c.x(left + size),
      c.y(base),
      'F',
    );
  }
  page.text(
    `${signOf(value.change, language)}${formatMetricValue(Math.abs(value.change), metric, language)}`,
    { x: page.rtl ? box.x : box.x + size + 5, y: box.y, width: box.width - size - 5 },
    PAGE_STYLES.body,
    color,
    { maxLines: 1 },
  );
}

/** The values of one stage over the shown snapshots as a small line (gaps where none). */
function drawSparkline(
  page: PageLayout,
  box: { x: number; y: number; width: number; height: number },
  history: readonly (number | undefined)[],
  color: string,
): void {
  const known = history.filter((v): v is number => v !== undefined);
  if (known.length < 2) return;
  const low = Math.min(...known);
  const span = Math.max(...known) - low || 1;
  const step = box.width / Math.max(1, history.length - 1);
  const points = history.flatMap((v, i) => {
    if (v === undefined) return [];
    // Time runs from the start edge, as the date columns do.
    const along = i * step;
    const x = page.rtl ? box.x + box.width - along : box.x + along;
    const y = box.y + box.height - ((v - low) / span) * box.height;
    return [{ x, y }];
  });
  page.canvas.draw({ kind: 'polyline', points, stroke: { color, width: 1.5 } });
  const last = points[points.length - 1];
  if (last) page.canvas.draw({ kind: 'circle', cx: last.x, cy: last.y, r: 2.5, fill: color });
}

/**
 * The sign of a change as the language writes it before a number: `+`/`-`, and in Persian
 * with the left-to-right mark that keeps the sign on the number's left in a right-to-left line.
 */
function signOf(change: number, language: string): string {
  if (change === 0) return '±';
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(language, { signDisplay: 'exceptZero' });
  } catch {
    format = new Intl.NumberFormat('en', { signDisplay: 'exceptZero' });
  }
  const parts = format.formatToParts(Math.sign(change));
  const first = parts.findIndex((p) => p.type === 'integer');
  return parts
    .slice(0, first)
    .map((p) => p.value)
    .join('');
}
