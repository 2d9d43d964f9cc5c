import { useTranslation } from 'react-i18next';
import type { CellValue } from '../../../shared/import';
import type { TablePreview } from './importMessages';

function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The file's first rows as they were read, folded away: for "is this the right file?". */
export function FilePreview({ preview }: { readonly preview: TablePreview }) {
  const { t } = useTranslation();
  return (
    <details className="js-import-file">
      <summary>{t('metricsImport.file.rows', { count: preview.rows.length })}</summary>
      <div className="js-import-scroll">
        <table className="js-import-table">
          <thead>
            <tr>
              <th scope="col">{t('metricsImport.file.row')}</th>
              {preview.headers.map((header, index) => (
                <th key={index} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                {row.cells.map((cell, index) => (
                  <td key={index}>{cellText(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
