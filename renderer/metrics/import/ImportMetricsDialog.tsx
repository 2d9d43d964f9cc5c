import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileToImport } from '../../../shared/host';
import { formatImportProblem, type ImportProblem } from '../../../shared/import';
import { localDate, planMetricsImport } from '../../../shared/metrics';
import type { JourneyMap } from '../../../shared/model';
import { Modal } from '../../dialogs/Modal';
import { useEditorStore } from '../../store';
import { ColumnChoices } from './ColumnChoices';
import { FilePreview } from './FilePreview';
import { applyMetricsImport, isoDates } from './importFlow';
import type { TablePreview } from './importMessages';
import { importPreview } from './importPreview';
import { withStageValue, type MappingDraft } from './mappingDraft';
import { StageMatching } from './StageMatching';
import { useImportSession } from './useImportSession';
import { ValuesPreview } from './ValuesPreview';
import './importDialog.css';

/** Choices to start from when the columns could not be detected: the user picks them. */
const UNDETECTED: MappingDraft = { layout: 'wide' };

/** The unknown-stage warnings are the stage matching's to show, as choices. */
const SHOWN_AS_CHOICES = new Set(['unknownStage']);

/**
 * Import metrics from a table: what was read and how its columns are taken, the stage
 * matching, and the values per stage as they will land; problems (with row and column)
 * block Import. Nothing reaches the map until Import, which is one undo step.
 */
export function ImportMetricsDialog({ table, map }: { table: FileToImport; map: JourneyMap }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const today = useMemo(() => localDate(new Date()), []);
  const session = useImportSession(table, map, today);
  const { read, outcome, busy, failure } = session;
  const close = () => store.getState().setMetricsImport(null);

  const result = outcome?.ok ? outcome.result : null;
  const plan = useMemo(
    () => (result ? planMetricsImport(map, result, { name: table.name, today }) : null),
    [map, result, table.name, today],
  );
  const preview = useMemo(() => (plan ? importPreview(map, plan) : null), [map, plan]);

  const problems: readonly ImportProblem[] =
    read && !read.ok ? read.problems : outcome && !outcome.ok ? outcome.problems : [];
  const warnings = [
    ...(read?.ok ? read.warnings : []),
    ...(result ? result.warnings.filter((w) => !SHOWN_AS_CHOICES.has(w.code)) : []),
  ];
  const draft = session.draft ?? UNDETECTED;
  const incomplete = read?.ok === true && !busy && outcome === null && session.draft !== null;
  const canImport = !busy && plan !== null && plan.operation.measurements.length > 0;
  const datesFromTable = draft.layout !== 'records' && draft.dateColumn !== undefined;

  return (
    <Modal
      title={t('metricsImport.title', { name: table.name })}
      onClose={close}
      className="js-import-dialog"
    >
      <div className="js-import-status" role="status" aria-live="polite">
        {busy &&
          (read ? t('metricsImport.updating') : t('metricsImport.reading', { name: table.name }))}
      </div>
      {read?.ok && <FileSummary preview={read.preview} />}
      {session.remembered && (
        <p className="js-import-remembered">
          {t('metricsImport.remembered', {
            name: session.remembered.name,
            date: isoDates(session.remembered.imported ?? ''),
          })}{' '}
          <button type="button" className="js-button" onClick={() => session.setDraft(null)}>
            {t('metricsImport.detectAgain')}
          </button>
        </p>
      )}
      {failure && <p role="alert">{t('metricsImport.failed', { detail: failure })}</p>}
      {problems.length > 0 && (
        <ProblemList heading="metricsImport.problems" items={problems} alert />
      )}
      {incomplete && <p>{t('metricsImport.incomplete')}</p>}
      {read?.ok && (
        <div className="js-import-layout">
          <div>
            <ColumnChoices
              draft={draft}
              headers={read.preview.headers}
              notes={[...problems, ...(result?.warnings ?? [])]}
              onChange={session.setDraft}
            />
            <label className="js-import-field">
              <span>{t('metricsImport.date.label')}</span>
              <input
                type="date"
                value={session.date}
                required
                disabled={datesFromTable}
                onChange={(event) => {
                  if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value))
                    session.setDate(event.target.value);
                }}
              />
            </label>
            {datesFromTable && (
              <p className="js-import-hint">
                {t('metricsImport.date.fromTable', { column: draft.dateColumn })}
              </p>
            )}
          </div>
          <div>
            {result && (
              <StageMatching
                match={result.stages}
                stages={map.stages}
                byHand={draft.stageValues ?? {}}
                onMap={(value, stageId) => session.setDraft(withStageValue(draft, value, stageId))}
              />
            )}
          </div>
        </div>
      )}
      {preview && preview.valueCount > 0 && <ValuesPreview preview={preview} stages={map.stages} />}
      {result && preview?.valueCount === 0 && <p>{t('metricsImport.preview.none')}</p>}
      {warnings.length > 0 && <ProblemList heading="metricsImport.warnings" items={warnings} />}
      {read?.ok && <FilePreview preview={read.preview} />}
      <div className="js-modal-actions">
        <button type="button" className="js-button" onClick={close}>
          {t('metricsImport.cancel')}
        </button>
        <button
          type="button"
          className="js-button js-button--primary"
          disabled={!canImport}
          onClick={() => plan && applyMetricsImport(store, plan, t)}
        >
          {t('metricsImport.import')}
        </button>
      </div>
    </Modal>
  );
}

function FileSummary({ preview }: { preview: TablePreview }) {
  const { t } = useTranslation();
  const text =
    preview.format === 'xlsx'
      ? t('metricsImport.file.xlsx', { count: preview.rowCount, sheet: preview.sheet ?? '' })
      : t('metricsImport.file.csv', {
          count: preview.rowCount,
          delimiter: t(`metricsImport.file.delimiter.${delimiterName(preview.delimiter)}`),
          encoding: preview.encoding ?? 'utf-8',
        });
  return <p className="js-import-summary">{text}</p>;
}

function delimiterName(delimiter: TablePreview['delimiter']): 'comma' | 'semicolon' | 'tab' {
  if (delimiter === ';') return 'semicolon';
  return delimiter === '\t' ? 'tab' : 'comma';
}

function ProblemList({
  heading,
  items,
  alert,
}: {
  heading: string;
  items: readonly ImportProblem[];
  alert?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section
      className={alert ? 'js-import-problems' : 'js-import-warnings'}
      role={alert ? 'alert' : undefined}
    >
      <h3>{t(heading)}</h3>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{formatImportProblem(item, t)}</li>
        ))}
      </ul>
    </section>
  );
}
