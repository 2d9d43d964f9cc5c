import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/model';
import { isoDates } from './importFlow';
import type { ImportPreview } from './importPreview';

/** How many snapshots the preview shows (a long table may hold years of them). */
const SNAPSHOTS_SHOWN = 3;

/** The values per stage as they will be imported, one table per snapshot date. */
export function ValuesPreview({
  preview,
  stages,
}: {
  readonly preview: ImportPreview;
  readonly stages: readonly Stage[];
}) {
  const { t } = useTranslation();
  const nameOf = (id: string) => stages.find((stage) => stage.id === id)?.name ?? id;
  const hidden = preview.snapshots.length - SNAPSHOTS_SHOWN;
  return (
    <section className="js-import-values">
      <h3>{t('metricsImport.preview.heading', { count: preview.valueCount })}</h3>
      {preview.snapshots.slice(0, SNAPSHOTS_SHOWN).map((snapshot) => (
        <table key={snapshot.date} className="js-import-table">
          <caption>
            {t('metricsImport.preview.snapshot', { date: isoDates(snapshot.date) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('metricsImport.preview.stage')}</th>
              {preview.metrics.map((metric) => (
                <th key={metric.id} scope="col">
                  {metric.isNew
                    ? t('metricsImport.preview.newMetric', { name: metric.name })
                    : metric.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {snapshot.rows.map((row) => (
              <tr key={row.stageId}>
                <th scope="row">{nameOf(row.stageId)}</th>
                {row.cells.map((cell, index) => (
                  <td key={preview.metrics[index]?.id ?? index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {hidden > 0 && <p>{t('metricsImport.preview.moreSnapshots', { count: hidden })}</p>}
    </section>
  );
}
