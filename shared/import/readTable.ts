import { decodeTable } from './decode';
import { readDelimited } from './delimited';
import { fileKind } from './fileKind';
import { MAX_IMPORT_BYTES } from './limits';
import { importProblem, type ImportProblem } from './problems';
import type { Delimiter, Table } from './table';
import { readXlsx } from './xlsx';

export interface ReadTableOptions {
  /** The map's language: picks the legacy code page for a CSV that is not UTF-8. */
  language?: string;
  /** Overrides delimiter detection. */
  delimiter?: Delimiter;
  /** XLSX: the sheet to read (the first by default). */
  sheet?: string;
}

export type TableOutcome =
  { ok: true; table: Table; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

const MB = 1024 * 1024;

/**
 * A CSV, TSV or XLSX file as a table, or the problems that stop it being read. The content
 * decides the format (a workbook saved as `.csv` is still a workbook); the name only says that
 * a `.tsv` file is tab-separated.
 */
export async function readTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {},
): Promise<TableOutcome> {
  const early = checkBytes(bytes);
  if (early) return fail(early);
  const kind = fileKind(bytes);
  if (kind === 'xls') return fail(importProblem('legacyXls'));
  if (kind === 'xlsx') {
    const read = await readXlsx(bytes, options.sheet);
    if (!read.ok) return { ok: false, problems: read.problems.toArray() };
    return withRows(read.table, []);
  }
  return readCsvBytes(bytes, fileName, options);
}

/** The CSV/TSV half of `readTable`, synchronous (for a worker or a benchmark). */
export function readCsvBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {},
): TableOutcome {
  const early = checkBytes(bytes);
  if (early) return fail(early);
  const decoded = decodeTable(bytes, options.language);
  if (!decoded.ok) return fail(importProblem('binary'));
  const warnings: ImportProblem[] = [];
  if (decoded.legacy) {
    warnings.push(importProblem('legacyEncoding', {}, { encoding: decoded.encoding }));
  }
  const delimiter = options.delimiter ?? (/\.(tsv|tab)$/i.test(fileName) ? '\t' : undefined);
  const read = readDelimited(decoded.text, delimiter);
  if (!read.ok) return { ok: false, problems: read.problems.toArray() };
  return withRows({ ...read.table, encoding: decoded.encoding }, warnings);
}

function checkBytes(bytes: Uint8Array): ImportProblem | undefined {
  return sizeProblem(bytes.length);
}

/**
 * Why a file of `size` bytes is not read, if it is not: too large or empty. Exported so that
 * a caller with a file on disk refuses a huge one before reading it.
 */
export function sizeProblem(size: number): ImportProblem | undefined {
  if (size > MAX_IMPORT_BYTES) {
    return importProblem('tooLarge', {}, { size: size / MB, limit: MAX_IMPORT_BYTES / MB });
  }
  if (size === 0) return importProblem('empty');
  return undefined;
}

function withRows(table: Table, warnings: ImportProblem[]): TableOutcome {
  if (table.rows.length === 0) {
    return fail(importProblem('noRows', { row: table.headerRow }));
  }
  return { ok: true, table, warnings };
}

function fail(problem: ImportProblem): TableOutcome {
  return { ok: false, problems: [problem] };
}
