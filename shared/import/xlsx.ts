import readXlsxFile from 'read-excel-file/universal';
import { columnLetter } from './columnLetter';
import { ImportProblems } from './problems';
import type { CellValue, Table, TableRow } from './table';
import { isCommentText, isEmptyCell } from './table';

/**
 * XLSX through read-excel-file's platform-neutral entry (it unzips with fflate and parses the
 * XML itself, so it runs in the browser, in a worker and in Node alike). It gives a cell's
 * value, not its number format: a cell Excel shows as `12.5%` comes as 0.125, without the
 * unit. The first sheet is read unless `sheet` names another; as with CSV, leading empty rows
 * and rows holding only a `#` comment are a preamble before the header row.
 */
export type XlsxOutcome = { ok: true; table: Table } | { ok: false; problems: ImportProblems };

export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<XlsxOutcome> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const problems = new ImportProblems();
  let sheets: { sheet: string; data: CellValue[][] }[];
  try {
    // The library's cell type also names the `Date` constructor (a type-level quirk); its
    // values are strings, numbers, booleans, `Date`s and nulls, which is what `CellValue` is.
    // `trim: false`: a text keeps its spaces, as a CSV cell does (a card text round-trips).
    sheets = (await readXlsxFile(buffer as ArrayBuffer, {
      trim: false,
    })) as unknown as typeof sheets;
  } catch {
    problems.add('brokenXlsx');
    return { ok: false, problems };
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    if (sheet === undefined) problems.add('empty');
    else problems.add('noSheet', {}, { sheet, sheets: sheets.map((s) => s.sheet).join(', ') });
    return { ok: false, problems };
  }
  const data = chosen.data;
  let start = 0;
  while (start < data.length && isPreamble(data[start] as CellValue[])) start++;
  if (start >= data.length) {
    problems.add('empty');
    return { ok: false, problems };
  }

  const headerCells = (data[start] as CellValue[]).map((cell) =>
    isEmptyCell(cell) ? '' : String(cell).trim(),
  );
  let width = headerCells.length;
  while (width > 0 && headerCells[width - 1] === '') width--;
  const headers = headerCells.slice(0, width).map((name, i) => name || columnLetter(i));
  const rows: TableRow[] = [];
  for (let i = start + 1; i < data.length; i++) {
    const cells = data[i] as CellValue[];
    if (cells.every(isEmptyCell)) continue;
    const extra = cells.findIndex((cell, c) => c >= width && !isEmptyCell(cell));
    if (extra !== -1) {
      problems.add('cellWithoutHeader', { row: i + 1, columnIndex: extra });
      continue;
    }
    const row = Array.from({ length: width }, (_, c) => cells[c] ?? null);
    rows.push({ row: i + 1, cells: row });
  }
  if (problems.size > 0) return { ok: false, problems };
  return {
    ok: true,
    table: { format: 'xlsx', sheet: chosen.sheet, headerRow: start + 1, headers, rows },
  };
}

/** An empty row, or one whose only value is a `#` comment (as in a CSV's preamble). */
function isPreamble(cells: readonly CellValue[]): boolean {
  const values = cells.filter((cell) => !isEmptyCell(cell));
  return (
    values.length === 0 ||
    (values.length === 1 && typeof values[0] === 'string' && isCommentText(values[0]))
  );
}
