import { useTranslation } from 'react-i18next';
import type { ImportLayout, ImportProblem } from '../../../shared/import';
import {
  withColumn,
  withLayout,
  withMetricColumn,
  type ColumnRole,
  type MappingDraft,
} from './mappingDraft';

const LAYOUTS: readonly ImportLayout[] = ['long', 'wide', 'records'];

/** Problems that a choice of the decimal mark or the date order settles. */
const NUMBER_CODES = new Set(['ambiguousNumber', 'decimalMarkAssumed']);
const DATE_CODES = new Set(['ambiguousDate']);

interface Props {
  readonly draft: MappingDraft;
  readonly headers: readonly string[];
  /** The problems and warnings of the current outcome: they say which readings to offer. */
  readonly notes: readonly ImportProblem[];
  readonly onChange: (draft: MappingDraft) => void;
}

/**
 * The layout and what each column is, as detected (or remembered) and changeable: the stage
 * column always; the metric and value columns (long); the metric columns (wide); the
 * count's name and "reached at least this stage" (records); the date column; and the
 * decimal mark and date order when the table leaves them open.
 */
export function ColumnChoices({ draft, headers, notes, onChange }: Props) {
  const { t } = useTranslation();
  const countName = t('import.countMetric');
  const askNumbers = draft.decimalMark !== undefined || notes.some((n) => NUMBER_CODES.has(n.code));
  const askDates =
    draft.dateOrder !== undefined ||
    notes.some((n) => DATE_CODES.has(n.code)) ||
    draft.dateColumn !== undefined;

  const columnSelect = (role: ColumnRole, optional = false) => (
    <label className="js-import-field">
      <span>{t(`metricsImport.columns.${role}`)}</span>
      <select
        value={draft[role] ?? ''}
        onChange={(event) => onChange(withColumn(draft, role, event.target.value))}
      >
        <option value="">
          {optional ? t('metricsImport.columns.none') : t('metricsImport.columns.choose')}
        </option>
        {headers.map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <fieldset className="js-import-columns">
      <legend>{t('metricsImport.columns.legend')}</legend>
      <label className="js-import-field">
        <span>{t('metricsImport.layout.label')}</span>
        <select
          value={draft.layout}
          onChange={(event) =>
            onChange(withLayout(draft, event.target.value as ImportLayout, headers, countName))
          }
        >
          {LAYOUTS.map((layout) => (
            <option key={layout} value={layout}>
              {t(`metricsImport.layout.${layout}`)}
            </option>
          ))}
        </select>
      </label>
      {columnSelect('stageColumn')}
      {draft.layout === 'long' && (
        <>
          {columnSelect('metricColumn')}
          {columnSelect('valueColumn')}
        </>
      )}
      {draft.layout === 'wide' && (
        <fieldset className="js-import-metric-columns">
          <legend>{t('metricsImport.columns.metricColumns')}</legend>
          {headers
            .filter((header) => header !== draft.stageColumn && header !== draft.dateColumn)
            .map((header) => (
              <label key={header}>
                <input
                  type="checkbox"
                  checked={draft.metricColumns?.includes(header) ?? false}
                  onChange={(event) =>
                    onChange(withMetricColumn(draft, header, event.target.checked, headers))
                  }
                />
                {header}
              </label>
            ))}
        </fieldset>
      )}
      {draft.layout !== 'records' && columnSelect('dateColumn', true)}
      {draft.layout === 'records' && (
        <>
          <label className="js-import-field">
            <span>{t('metricsImport.columns.countName')}</span>
            <input
              type="text"
              value={draft.metric ?? ''}
              maxLength={200}
              onChange={(event) => onChange({ ...draft, metric: event.target.value })}
            />
          </label>
          <label className="js-import-check">
            <input
              type="checkbox"
              checked={draft.cumulative ?? false}
              onChange={(event) => onChange({ ...draft, cumulative: event.target.checked })}
            />
            {t('metricsImport.columns.cumulative')}
          </label>
        </>
      )}
      {askNumbers && (
        <label className="js-import-field">
          <span>{t('metricsImport.numbers.decimalMark')}</span>
          <select
            value={draft.decimalMark ?? ''}
            onChange={(event) => {
              const { decimalMark: _old, ...rest } = draft;
              const mark = event.target.value;
              onChange(mark === ',' || mark === '.' ? { ...rest, decimalMark: mark } : rest);
            }}
          >
            <option value="">{t('metricsImport.numbers.detect')}</option>
            <option value=",">{t('metricsImport.numbers.comma')}</option>
            <option value=".">{t('metricsImport.numbers.point')}</option>
          </select>
        </label>
      )}
      {askDates && (
        <label className="js-import-field">
          <span>{t('metricsImport.numbers.dateOrder')}</span>
          <select
            value={draft.dateOrder ?? ''}
            onChange={(event) => {
              const { dateOrder: _old, ...rest } = draft;
              const order = event.target.value;
              onChange(order === 'dmy' || order === 'mdy' ? { ...rest, dateOrder: order } : rest);
            }}
          >
            <option value="">{t('metricsImport.numbers.detect')}</option>
            <option value="dmy">{t('metricsImport.numbers.dmy')}</option>
            <option value="mdy">{t('metricsImport.numbers.mdy')}</option>
          </select>
        </label>
      )}
    </fieldset>
  );
}
