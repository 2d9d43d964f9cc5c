/**
 * Tabular import (CSV, TSV, XLSX) of stage metrics, and the safe CSV writer: the pure core
 * that the import dialog, the CLI's `import-metrics` and the spreadsheet export stand on.
 * `readTable` turns bytes into a table; `importMetrics` turns a table into measurements per
 * stage with the mapping that reproduces them; `writeCsv` writes what `readTable` reads back.
 */
export {
  readTable,
  readCsvBytes,
  sizeProblem,
  type ReadTableOptions,
  type TableOutcome,
} from './readTable';
export {
  importMetrics,
  type ImportMetricsOptions,
  type MetricsImport,
  type MetricsImportOutcome,
} from './importMetrics';
export {
  ImportMappingSchema,
  parseMapping,
  type ImportMapping,
  type ImportLayout,
} from './mapping';
export type { ImportedValue } from './importedValue';
export type { StageMatch, StageRef } from './stageMatch';
export { normaliseStageName } from './stageMatch';
export type { CellValue, Delimiter, Table, TableRow } from './table';
export { readNumber, type DecimalMark, type NumberReading } from './numbers';
export { readDate, type DateOrder, type DateReading } from './dates';
export { writeCsv, writeCsvBytes, type CsvWriteOptions } from './writeCsv';
export { escapeFormula, unescapeFormula } from './formulaEscape';
export {
  formatImportProblem,
  importProblem,
  type ImportProblem,
  type ImportProblemCode,
} from './problems';
export { MAX_IMPORT_BYTES } from './limits';
