import type en from '../i18n/locales/en.json';
import { englishT, type Translate } from '../load/messages';
import { columnLetter } from './columnLetter';
import { MAX_PROBLEMS_PER_CODE } from './limits';

/**
 * What is wrong with (errors) or worth telling about (warnings) a table being imported. The
 * English templates live in the locale files under `import.problems.<code>`; `row` is the
 * row number a spreadsheet shows (1-based, comment and empty lines counted), `column` the
 * column's letter and `header` its name in the header row.
 */
export type ImportProblemCode = keyof (typeof en)['import']['problems'];
export type ImportParams = Record<string, string | number>;

export interface ImportProblem {
  code: ImportProblemCode;
  /** English, with the place in front: `Row 4, column C (“Value”): expected a number, got "n/a".` */
  message: string;
  params?: ImportParams;
  row?: number;
  column?: string;
  header?: string;
}

/** Where in the table a problem is: a row, a column, or one cell. */
export interface Place {
  row?: number;
  /** 0-based column index. */
  columnIndex?: number;
  header?: string;
}

/** The message of a problem in the language of `t` (the UI's, or English for the CLI). */
export function formatImportProblem(
  problem: Pick<ImportProblem, 'code' | 'params' | 'row' | 'column' | 'header'>,
  t: Translate,
): string {
  const text = t(`import.problems.${problem.code}`, { ...problem.params });
  const where = placeText(problem, t);
  return where ? t('import.place.withMessage', { place: where, message: text }) : text;
}

/** `Row 4, column C (“Value”)`: where a problem is (also for the cards table's problems). */
export function placeText(problem: Pick<ImportProblem, 'row' | 'column' | 'header'>, t: Translate) {
  const { row, column, header } = problem;
  if (row !== undefined && column !== undefined) {
    return header
      ? t('import.place.cellWithHeader', { row, column, header })
      : t('import.place.cell', { row, column });
  }
  if (row !== undefined) return t('import.place.row', { row });
  if (column !== undefined) {
    return header
      ? t('import.place.columnWithHeader', { column, header })
      : t('import.place.column', { column });
  }
  return '';
}

export function importProblem(
  code: ImportProblemCode,
  place: Place = {},
  params?: ImportParams,
): ImportProblem {
  const problem: ImportProblem = { code, message: '' };
  if (params) problem.params = params;
  if (place.row !== undefined) problem.row = place.row;
  if (place.columnIndex !== undefined) problem.column = columnLetter(place.columnIndex);
  if (place.header) problem.header = place.header;
  problem.message = formatImportProblem(problem, englishT());
  return problem;
}

/**
 * Collects problems, listing at most `MAX_PROBLEMS_PER_CODE` of each kind so that a file with
 * 100,000 bad rows gives a readable report (and bounded memory) rather than 100,000 lines.
 */
export class ImportProblems {
  private readonly items: ImportProblem[] = [];
  private readonly perCode = new Map<string, number>();
  private suppressed = 0;

  add(code: ImportProblemCode, place?: Place, params?: ImportParams): void {
    const seen = this.perCode.get(code) ?? 0;
    this.perCode.set(code, seen + 1);
    if (seen >= MAX_PROBLEMS_PER_CODE) this.suppressed++;
    else this.items.push(importProblem(code, place, params));
  }

  push(problem: ImportProblem): void {
    this.items.push(problem);
  }

  get size(): number {
    return this.items.length + this.suppressed;
  }

  toArray(): ImportProblem[] {
    return this.suppressed === 0
      ? [...this.items]
      : [...this.items, importProblem('moreProblems', {}, { count: this.suppressed })];
  }
}
