/**
 * A table as read from a CSV, TSV or XLSX file, before any meaning is given to its columns.
 * CSV cells are always text; XLSX cells keep the type the workbook gives them (a date cell is
 * a `Date` at UTC midnight, a number a number).
 */
export type CellValue = string | number | boolean | Date | null;

export interface TableRow {
  /** The row number a spreadsheet shows for this row (1-based, comment and empty lines counted). */
  row: number;
  cells: CellValue[];
}

export type Delimiter = ',' | ';' | '\t';

export interface Table {
  format: 'csv' | 'xlsx';
  /** CSV only: the field delimiter found. */
  delimiter?: Delimiter;
  /** CSV only: the text encoding the file was read in (`utf-8`, `windows-1251` …). */
  encoding?: string;
  /** XLSX only: the sheet read. */
  sheet?: string;
  /** The row number of the header row. */
  headerRow: number;
  /** Column names from the header row; an empty header is named by its column letter. */
  headers: string[];
  /** Data rows (empty rows left out), each with exactly `headers.length` cells. */
  rows: TableRow[];
}

export function isEmptyCell(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * A comment line of an export's preamble: `#` and then a space, `-`, `#`, `=`, `*` or nothing
 * (`# Funnel exploration`, `# ------`). A header that starts with a `#` column (`#;Stage`) is
 * not one.
 */
export function isCommentText(text: string): boolean {
  return /^#(?:[ \-#=*]|$)/.test(text.trim());
}
