/**
 * The cards table: every card of a map as a spreadsheet row (stage, lane, lane kind, text and
 * the kind's fields) in CSV and XLSX, and the same layout read back into a new map or into
 * the open map as one operation. Tables are read by `shared/import` (delimiters, BOM, code
 * pages, locale numbers, XLSX); the column layout is in `columns.ts`.
 */
export { CARD_COLUMNS, type CardColumn, type CardRow } from './columns';
export { cardRows, cardTable } from './toRows';
export { cardsToCsv, cardsToXlsx } from './write';
export {
  readCardsTable,
  rowsToNewMap,
  rowsToOperation,
  type CardsMapImport,
  type CardsTableRead,
  type ColumnPlaces,
  type NewMapOptions,
} from './importTable';
export type { ReadRow } from './readRows';
export { formatCardsProblem, type CardsProblem } from './problems';
