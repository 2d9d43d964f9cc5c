import type { Translate } from '../../shared/i18n/translate';
import type { JourneyMap } from '../../shared/model';
import { exportFileName } from '../../shared/export/options';
import { mapToMermaid } from '../../shared/mermaid';
import type { ExportResult } from '../../shared/export/exportDocument';

/**
 * The export dialog's data formats beside the pictures (PDF, PNG, SVG): the cards table as
 * CSV or XLSX (`shared/cardsTable`) and Mermaid's `journey` diagram (`shared/mermaid`), as the
 * CLI writes them. The cards table's writers (and the XLSX library) load when first used.
 */
export const DATA_FORMATS = ['csv', 'xlsx', 'mermaid'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

const FILES: Record<DataFormat, { extension: string; mimeType: string }> = {
  csv: { extension: 'csv', mimeType: 'text/csv' },
  xlsx: {
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  mermaid: { extension: 'mmd', mimeType: 'text/vnd.mermaid' },
};

export function isDataFormat(format: string): format is DataFormat {
  return (DATA_FORMATS as readonly string[]).includes(format);
}

export async function exportData(
  map: JourneyMap,
  format: DataFormat,
  t: Translate,
): Promise<ExportResult> {
  const { extension, mimeType } = FILES[format];
  const fileName = exportFileName(map.title, extension);
  if (format === 'mermaid') {
    return { bytes: new TextEncoder().encode(mapToMermaid(map, t).text), mimeType, fileName };
  }
  const { cardsToCsv, cardsToXlsx } = await import('../../shared/cardsTable/write');
  const bytes = format === 'csv' ? cardsToCsv(map) : await cardsToXlsx(map);
  return { bytes, mimeType, fileName };
}
