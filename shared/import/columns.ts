import { readDate, type DateOrder, type DateReading } from './dates';
import { readNumber, type DecimalMark, type NumberReading, type NumberValue } from './numbers';
import type { ImportProblems } from './problems';
import { isEmptyCell, type CellValue, type Table } from './table';

/** A column's number in the table and its header, for messages and for looking it up. */
export interface ColumnRef {
  index: number;
  header: string;
}

/** The column a mapping names, by header compared trimmed and without regard to case. */
export function findColumn(table: Table, name: string): ColumnRef | undefined {
  const key = name.trim().toLowerCase();
  const index = table.headers.findIndex((header) => header.trim().toLowerCase() === key);
  return index === -1 ? undefined : { index, header: table.headers[index] as string };
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** The decimal mark conventional in a language, for a table that does not show its own. */
const DECIMAL_COMMA_LANGUAGES = new Set([
  'ru',
  'uk',
  'pl',
  'be',
  'bg',
  'cs',
  'sk',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
]);
const DECIMAL_POINT_LANGUAGES = new Set(['en']);

export function conventionalDecimalMark(language: string | undefined): DecimalMark | undefined {
  const base = language?.toLowerCase().split(/[-_]/)[0] ?? '';
  if (DECIMAL_COMMA_LANGUAGES.has(base)) return ',';
  if (DECIMAL_POINT_LANGUAGES.has(base)) return '.';
  return undefined;
}

/** How the ambiguous values of a table are to be read, and what decided it. */
export interface NumberContext {
  /** The mapping's or the user's choice. */
  decimalMark?: DecimalMark;
  /** The map's language, whose convention is used (with a warning) when nothing else decides. */
  language?: string;
}

export interface NumberColumn {
  /** By row index in `table.rows`: the value, or `undefined` for an empty cell or a bad one. */
  values: (NumberValue | undefined)[];
  /** The decimal mark used for ambiguous values, when there were any. */
  decimalMarkUsed?: DecimalMark;
}

function readCell(value: CellValue | undefined): NumberReading | 'empty' {
  if (isEmptyCell(value)) return 'empty';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
  }
  if (typeof value !== 'string') return { kind: 'invalid' };
  return readNumber(value);
}

/** The decimal mark that the cells of these columns prove, if they prove exactly one. */
export function decimalEvidence(
  table: Table,
  columns: readonly ColumnRef[],
): DecimalMark | undefined {
  const seen = new Set<DecimalMark>();
  for (const column of columns) {
    for (const row of table.rows) {
      const reading = readCell(row.cells[column.index]);
      if (reading !== 'empty' && reading.kind === 'number' && reading.evidence)
        seen.add(reading.evidence);
      if (seen.size > 1) return undefined;
    }
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/**
 * A column read as numbers. Ambiguous values (`1,234`) are read with the mark the column
 * itself proves, else the one the table's other number columns prove (`tableMark`), else the
 * context's choice, else the language's convention (with a warning naming the first such
 * cell); with none of these each is a problem that shows both readings.
 */
export function readNumberColumn(
  table: Table,
  column: ColumnRef,
  context: NumberContext & { tableMark?: DecimalMark },
  problems: ImportProblems,
  warnings: ImportProblems,
): NumberColumn {
  const mark = decimalEvidence(table, [column]) ?? context.tableMark ?? context.decimalMark;
  const fallback = mark ? undefined : conventionalDecimalMark(context.language);
  let decimalMarkUsed: DecimalMark | undefined;
  const values = table.rows.map((row) => {
    const reading = readCell(row.cells[column.index]);
    if (reading === 'empty') return undefined;
    const place = { row: row.row, columnIndex: column.index, header: column.header };
    const value = cellText(row.cells[column.index]);
    if (reading.kind === 'number') return reading;
    if (reading.kind === 'invalid') {
      problems.add('notANumber', place, { value: quote(value) });
      return undefined;
    }
    const chosen = mark ?? fallback;
    if (!chosen) {
      problems.add('ambiguousNumber', place, {
        value: quote(value),
        comma: reading.readings[','].value,
        point: reading.readings['.'].value,
      });
      return undefined;
    }
    if (!mark && decimalMarkUsed === undefined) {
      warnings.add('decimalMarkAssumed', place, {
        value: quote(value),
        reading: reading.readings[chosen].value,
        mark: chosen,
      });
    }
    decimalMarkUsed = chosen;
    return reading.readings[chosen];
  });
  return decimalMarkUsed ? { values, decimalMarkUsed } : { values };
}

export interface DateColumn {
  values: (string | undefined)[];
  dateOrderUsed?: DateOrder;
}

/** A column read as dates; `03/04/2026` needs the column's evidence or `dateOrder`. */
export function readDateColumn(
  table: Table,
  column: ColumnRef,
  dateOrder: DateOrder | undefined,
  problems: ImportProblems,
): DateColumn {
  const readings: (DateReading | undefined)[] = table.rows.map((row) => {
    const cell = row.cells[column.index];
    return isEmptyCell(cell) ? undefined : readDate(cell ?? null);
  });
  const evidence = new Set(
    readings.flatMap((r) => (r?.kind === 'date' && r.evidence ? [r.evidence] : [])),
  );
  const order = evidence.size === 1 ? [...evidence][0] : dateOrder;
  let dateOrderUsed: DateOrder | undefined;
  const values = readings.map((reading, i) => {
    if (!reading) return undefined;
    const row = table.rows[i] as Table['rows'][number];
    const place = { row: row.row, columnIndex: column.index, header: column.header };
    const value = quote(cellText(row.cells[column.index]));
    if (reading.kind === 'date') return reading.date;
    if (reading.kind === 'invalid') {
      problems.add('notADate', place, { value });
      return undefined;
    }
    if (!order) {
      problems.add('ambiguousDate', place, {
        value,
        dayFirst: reading.readings.dmy,
        monthFirst: reading.readings.mdy,
      });
      return undefined;
    }
    dateOrderUsed = order;
    return reading.readings[order];
  });
  return dateOrderUsed ? { values, dateOrderUsed } : { values };
}

/** A value from the file as a message quotes it: in quotes, shortened. */
export function quote(text: string, max = 40): string {
  return `"${text.length <= max ? text : `${text.slice(0, max - 1)}…`}"`;
}
