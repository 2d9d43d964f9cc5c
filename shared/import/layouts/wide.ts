import {
  decimalEvidence,
  readDateColumn,
  readNumberColumn,
  type ColumnRef,
  type NumberColumn,
} from '../columns';
import type { DecimalMark } from '../numbers';
import type { ImportedValue } from '../importedValue';
import type { WideMapping } from '../mapping';
import {
  columnsOf,
  measurement,
  stageIdsOf,
  type LayoutContext,
  type LayoutOutput,
} from './context';

/** Wide: one row per stage (per date), one column per metric named by its header. */
export function importWide(context: LayoutContext, mapping: WideMapping): LayoutOutput | undefined {
  const stageAndDate = columnsOf(context, [
    mapping.stageColumn,
    ...(mapping.dateColumn ? [mapping.dateColumn] : []),
  ]);
  const metrics = columnsOf(context, mapping.metricColumns);
  if (!stageAndDate || !metrics) return undefined;
  const [stage, dateColumn] = stageAndDate as [ColumnRef, ColumnRef?];
  const { table, problems } = context;
  const stageIds = stageIdsOf(context, stage);
  const dates = dateColumn
    ? readDateColumn(table, dateColumn, context.dateOrder, problems)
    : undefined;
  // A table uses one decimal mark: what one metric column proves reads the others' `1,234`.
  const tableMark = decimalEvidence(table, metrics);
  const columns: NumberColumn[] = metrics.map((column) =>
    readNumberColumn(
      table,
      column,
      { ...context.numbers, ...(tableMark ? { tableMark } : {}) },
      problems,
      context.warnings,
    ),
  );
  const measurements: ImportedValue[] = [];
  const firstRow = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const stageId = stageIds[i];
    if (!stageId) return;
    const date = dates ? dates.values[i] : mapping.date;
    const key = JSON.stringify([stageId, date ?? '']);
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.add('duplicateStage', { row: row.row }, { first });
      return;
    }
    firstRow.set(key, row.row);
    metrics.forEach((column, c) => {
      const number = columns[c]?.values[i];
      if (number) measurements.push(measurement(stageId, column.header, number, date));
    });
  });
  const decimalMarkUsed: DecimalMark | undefined = columns.find(
    (c) => c.decimalMarkUsed,
  )?.decimalMarkUsed;
  return {
    measurements,
    ...(decimalMarkUsed ? { decimalMarkUsed } : {}),
    ...(dates?.dateOrderUsed ? { dateOrderUsed: dates.dateOrderUsed } : {}),
  };
}
