import Papa from 'papaparse';
import { ImportProblems } from './problems';
import { SAMPLE_ROWS } from './limits';
import { unescapeFormula } from './formulaEscape';
import { columnLetter } from './columnLetter';
import { isCommentText, type CellValue, type Delimiter, type Table, type TableRow } from './table';

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
const APOSTROPHE = 0x27;

export type DelimitedOutcome =
  { ok: true; table: Omit<Table, 'encoding'> } | { ok: false; problems: ImportProblems };

/**
 * A CSV or TSV text as a table (papaparse does the parsing). Lines at the top that are empty
 * or `#` comments are a preamble (analytics exports begin with such comments); the first
 * line after it is the header. Row numbers count every line a spreadsheet would show, so a
 * message's "row 7" is row 7 when the file is opened in Excel.
 */
export function readDelimited(text: string, delimiter?: Delimiter): DelimitedOutcome {
  const problems = new ImportProblems();
  const { body, skippedRows } = splitPreamble(text);
  if (body.trim() === '') {
    problems.add('empty');
    return { ok: false, problems };
  }
  const chosen = delimiter ?? detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter: chosen, skipEmptyLines: false });
  for (const error of parsed.errors) {
    const place = { row: skippedRows + (error.row ?? 0) + 1 };
    if (error.code === 'MissingQuotes') problems.add('unclosedQuote', place);
    if (error.code === 'InvalidQuotes') problems.add('strayQuote', place);
  }
  if (problems.size > 0) return { ok: false, problems };

  const records = parsed.data;
  const headerCells = (records[0] ?? []).map((cell) => cell.trim());
  const width = trimmedWidth(headerCells);
  const headers = headerCells.slice(0, width).map((name, i) => name || columnLetter(i));
  const rows: TableRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const fields = records[i] as string[];
    const row = skippedRows + i + 1;
    if (fields.every((field) => field.trim() === '')) continue;
    const used = trimmedWidth(fields);
    if (fields.length < width || used > width) {
      const count = fields.length < width ? fields.length : used;
      problems.add('fieldCount', { row }, { count, expected: width });
      continue;
    }
    // In place: a 100,000-row export should not be copied cell by cell once more.
    fields.length = width;
    for (let c = 0; c < width; c++) {
      const field = fields[c] as string;
      if (field.charCodeAt(0) === APOSTROPHE) fields[c] = unescapeFormula(field);
    }
    rows.push({ row, cells: fields as CellValue[] });
  }
  if (problems.size > 0) return { ok: false, problems };
  return {
    ok: true,
    table: { format: 'csv', delimiter: chosen, headerRow: skippedRows + 1, headers, rows },
  };
}

/** The number of fields up to the last non-empty one (Excel pads rows with empty fields). */
function trimmedWidth(fields: readonly string[]): number {
  let width = fields.length;
  while (width > 0 && (fields[width - 1] as string).trim() === '') width--;
  return width;
}

/** Leading empty and `#` comment lines, as the number of rows they take and the text after. */
function splitPreamble(text: string): { body: string; skippedRows: number } {
  let offset = 0;
  let skippedRows = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, end).trim();
    if (line !== '' && !isCommentText(line)) break;
    if (newline === -1 && line === '') break;
    skippedRows++;
    offset = end;
  }
  return { body: text.slice(offset), skippedRows };
}

/**
 * The delimiter that splits the header into the most columns while the rows below have as
 * many. Papaparse has a guesser, but it picks a comma in `Stage;Value` / `A;1,5` because the
 * decimal comma makes the second line two fields long.
 */
export function detectDelimiter(body: string): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const sample = Papa.parse<string[]>(body, { delimiter, preview: SAMPLE_ROWS + 1 }).data;
    const rows = sample.filter((fields) => fields.some((field) => field.trim() !== ''));
    const width = trimmedWidth(rows[0] ?? []);
    if (width < 2) continue;
    const consistent = rows.filter(
      (fields) => trimmedWidth(fields) <= width && fields.length >= width,
    ).length;
    // Consistency first, then the number of columns.
    const score = (consistent / rows.length) * 1000 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
