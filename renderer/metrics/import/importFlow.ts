import type { Translate } from '../../../shared/i18n/translate';
import type { MetricsImportPlan } from '../../../shared/metrics';
import type { ActionContext } from '../../actions/types';
import type { EditorStore } from '../../store';

/**
 * File > Import metrics…: the table comes through the Host's open dialog (CSV, TSV, XLSX),
 * then the import dialog shows what it would do. Nothing reaches the map before Import.
 */
export async function chooseMetricsTable({ store, host, t }: ActionContext): Promise<void> {
  store.getState().stopEditing();
  try {
    const table = await host.chooseFileToImport('metrics');
    if (table) store.getState().setMetricsImport(table);
  } catch (error) {
    store.getState().notify({
      tone: 'error',
      message: t('metricsImport.notices.chooseFailed'),
      details: [error instanceof Error ? error.message : String(error)],
    });
  }
}

/**
 * An ISO date (or a list of them) inside a sentence: isolated left to right, so that a
 * Persian sentence does not show 2026-12-01 as 01-12-2026.
 */
export function isoDates(text: string): string {
  return `\u2066${text}\u2069`;
}

/** How many names a notice lists before "…". */
const NAMES_SHOWN = 3;

/**
 * Applies a planned import as one undo step and says what it did, in the notice area (a
 * polite live region, so a screen reader hears it too): "Imported 24 values of Deals,
 * Revenue for 2026-03-31".
 */
export function applyMetricsImport(store: EditorStore, plan: MetricsImportPlan, t: Translate) {
  const { doc } = store.getState();
  if (!doc || !store.getState().apply(plan.operation)) return;
  const names = new Map(
    [...doc.metrics, ...plan.newMetrics].map((metric) => [metric.id, metric.name]),
  );
  const metricNames = [...new Set(plan.operation.measurements.map((m) => m.metricId))].map(
    (id) => names.get(id) ?? id,
  );
  const shown = metricNames.slice(0, NAMES_SHOWN).join(', ');
  store.getState().notify({
    tone: 'info',
    message: t('metricsImport.notices.imported', {
      count: plan.operation.measurements.length,
      metrics: metricNames.length > NAMES_SHOWN ? `${shown}, …` : shown,
      dates: isoDates(plan.dates.join(', ')),
    }),
    ...(plan.replaced > 0
      ? { details: [t('metricsImport.notices.replaced', { count: plan.replaced })] }
      : {}),
  });
  store.getState().setMetricsImport(null);
}
