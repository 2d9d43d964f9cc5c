import { UI_RESOURCES } from '../i18n/resources';
import { CARD_COLUMNS, headerKey, REQUIRED_COLUMNS, type CardColumn } from './columns';
import { cardsProblem, type CardsProblem } from './problems';

/** Each column's names as `headerKey` sees them: the English key and every translation. */
const ALIASES: ReadonlyMap<string, CardColumn> = (() => {
  const aliases = new Map<string, CardColumn>();
  for (const column of CARD_COLUMNS) aliases.set(headerKey(column), column);
  for (const { translation } of Object.values(UI_RESOURCES)) {
    const names = (translation as { cardsTable?: { columns?: Record<string, string> } }).cardsTable
      ?.columns;
    for (const column of CARD_COLUMNS) {
      const name = names?.[column];
      if (name !== undefined && !aliases.has(headerKey(name))) {
        aliases.set(headerKey(name), column);
      }
    }
  }
  return aliases;
})();

export type ColumnIndex = Partial<Record<CardColumn, number>>;

export type HeaderOutcome =
  | { ok: true; columns: ColumnIndex; warnings: CardsProblem[] }
  | { ok: false; problems: CardsProblem[] };

/**
 * Which column of the file holds which field. A header that names no field is left out with
 * a warning (a spreadsheet may carry notes beside the cards); one field named twice, or a
 * required one missing, stops the import.
 */
export function findColumns(headers: readonly string[], headerRow: number): HeaderOutcome {
  const columns: ColumnIndex = {};
  const problems: CardsProblem[] = [];
  const warnings: CardsProblem[] = [];
  headers.forEach((header, index) => {
    const column = ALIASES.get(headerKey(header));
    const place = { row: headerRow, columnIndex: index, header };
    if (column === undefined) {
      warnings.push(cardsProblem('unknownColumn', place, { columns: CARD_COLUMNS.join(', ') }));
    } else if (columns[column] !== undefined) {
      problems.push(cardsProblem('duplicateColumn', place, { column }));
    } else {
      columns[column] = index;
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (columns[column] === undefined) {
      problems.push(
        cardsProblem('missingColumn', { row: headerRow }, { column, headers: headers.join(', ') }),
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns, warnings };
}
