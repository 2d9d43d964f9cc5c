import writeXlsxFile from 'write-excel-file/universal';
import { writeCsvBytes } from '../import';
import type { JourneyMap } from '../model';
import { cardTable } from './toRows';

/**
 * The cards table as CSV: UTF-8 with a byte-order mark (else Excel reads it in the ANSI code
 * page), `,` between fields, CRLF, and formula-like texts (`=1+2`) written with a leading
 * apostrophe so Excel and LibreOffice show them as text (`shared/import/formulaEscape.ts`,
 * whose reader takes the apostrophe off again).
 */
export function cardsToCsv(map: JourneyMap): Uint8Array {
  return writeCsvBytes(cardTable(map), { delimiter: ',', decimalMark: '.' });
}

/**
 * The cards table as an XLSX workbook of one sheet. Texts are string cells, which Excel and
 * LibreOffice never run as formulas, so they are written as they are, without the CSV's
 * apostrophe; scores and votes are number cells. write-excel-file's universal entry makes a
 * `Blob` in the browser and in Node alike.
 */
export async function cardsToXlsx(map: JourneyMap): Promise<Uint8Array> {
  const [header = [], ...rows] = cardTable(map);
  const data = [
    header.map((value) => ({ value: String(value), fontWeight: 'bold' as const })),
    ...rows.map((cells) =>
      cells.map((value) =>
        typeof value === 'number'
          ? { value, type: Number }
          : typeof value === 'string'
            ? { value, type: String }
            : null,
      ),
    ),
  ];
  const blob = await writeXlsxFile(data, { sheet: 'Cards', stickyRowsCount: 1 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
