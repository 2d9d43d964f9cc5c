import { columnLetter } from '../import/columnLetter';
import { placeText, type ImportProblem } from '../import/problems';
import { englishT, type Translate } from '../load/messages';

/**
 * What stops a cards table from being imported (errors) or is worth telling (warnings), at
 * its row and column. `key` is the message's i18n key: the table reader's own problems
 * (`import.problems.*`: empty, binary, a broken quote …) or this importer's
 * (`cardsTable.problems.*`). `message` is the English text with the place in front, for the
 * CLI and for logs; the app shows `formatCardsProblem` in its own language.
 */
export interface CardsProblem {
  key: string;
  params?: Record<string, string | number>;
  row?: number;
  /** The column's letter (A, B, … AA). */
  column?: string;
  /** The column's name in the header row. */
  header?: string;
  message: string;
}

export function formatCardsProblem(problem: Omit<CardsProblem, 'message'>, t: Translate): string {
  const text = t(problem.key, { ...problem.params });
  const where = placeText(problem, t);
  return where ? t('import.place.withMessage', { place: where, message: text }) : text;
}

export function cardsProblem(
  code: string,
  place: { row?: number; columnIndex?: number; header?: string } = {},
  params?: Record<string, string | number>,
): CardsProblem {
  const problem: Omit<CardsProblem, 'message'> = { key: `cardsTable.problems.${code}` };
  if (params) problem.params = params;
  if (place.row !== undefined) problem.row = place.row;
  if (place.columnIndex !== undefined) problem.column = columnLetter(place.columnIndex);
  if (place.header !== undefined) problem.header = place.header;
  return { ...problem, message: formatCardsProblem(problem, englishT()) };
}

/** A problem of the table reader (`readTable`) in this importer's terms. */
export function fromImportProblem(problem: ImportProblem): CardsProblem {
  const { code, message, ...rest } = problem;
  return { key: `import.problems.${code}`, ...rest, message };
}
