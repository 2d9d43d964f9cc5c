import Papa from 'papaparse';
import { escapeFormula } from './formulaEscape';
import type { DecimalMark } from './numbers';
import type { CellValue, Delimiter } from './table';
import { encodeUtf8 } from './textCodec';

export interface CsvWriteOptions {
  delimiter: Delimiter;
  decimalMark: DecimalMark;
}

/**
 * Rows as CSV text that Excel and LibreOffice open as the reader reads it back: CRLF line
 * ends, fields quoted where they hold the delimiter, a quote or a line break, numbers with the
 * chosen decimal mark and no thousands separators (so `;` goes with `,` for a Russian Excel,
 * `,` with `.` for an English one), dates as `YYYY-MM-DD`, and texts that a spreadsheet would
 * run as a formula written with a leading apostrophe (see `formulaEscape.ts`).
 */
export function writeCsv(
  rows: readonly (readonly CellValue[])[],
  options: CsvWriteOptions,
): string {
  const fields = rows.map((row) => row.map((cell) => field(cell, options.decimalMark)));
  return `${Papa.unparse(fields, { delimiter: options.delimiter, newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

/**
 * The CSV as UTF-8 bytes with a byte-order mark: without it Excel reads UTF-8 as the ANSI
 * code page and Cyrillic comes out as mojibake.
 */
export function writeCsvBytes(
  rows: readonly (readonly CellValue[])[],
  options: CsvWriteOptions,
): Uint8Array {
  return encodeUtf8(`\ufeff${writeCsv(rows, options)}`);
}

function field(cell: CellValue, decimalMark: DecimalMark): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = String(cell);
    return decimalMark === ',' ? text.replace('.', ',') : text;
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return escapeFormula(cell);
}
