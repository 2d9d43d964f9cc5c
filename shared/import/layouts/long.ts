import { cellText, readDateColumn, readNumberColumn, type ColumnRef } from '../columns';
import type { ImportedValue } from '../importedValue';
import type { LongMapping } from '../mapping';
import {
  columnsOf,
  measurement,
  stageIdsOf,
  type LayoutContext,
  type LayoutOutput,
} from './context';

/** Long: one row per value — stage, metric name, value and, optionally, date. */
export function importLong(context: LayoutContext, mapping: LongMapping): LayoutOutput | undefined {
  const names = [mapping.stageColumn, mapping.metricColumn, mapping.valueColumn];
  if (mapping.dateColumn) names.push(mapping.dateColumn);
  const columns = columnsOf(context, names);
  if (!columns) return undefined;
  const [stage, metric, value, dateColumn] = columns as [
    ColumnRef,
    ColumnRef,
    ColumnRef,
    ColumnRef?,
  ];
  const { table, problems } = context;
  const stageIds = stageIdsOf(context, stage);
  const numbers = readNumberColumn(table, value, context.numbers, problems, context.warnings);
  const dates = dateColumn
    ? readDateColumn(table, dateColumn, context.dateOrder, problems)
    : undefined;
  const measurements: ImportedValue[] = [];
  const firstRow = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const stageId = stageIds[i];
    const number = numbers.values[i];
    if (!stageId || !number) return;
    const name = cellText(row.cells[metric.index]);
    if (name === '') {
      problems.add('emptyMetric', {
        row: row.row,
        columnIndex: metric.index,
        header: metric.header,
      });
      return;
    }
    const date = dates ? dates.values[i] : mapping.date;
    const key = JSON.stringify([stageId, name.toLowerCase(), date ?? '']);
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.add('duplicateValue', { row: row.row }, { first, metric: name });
      return;
    }
    firstRow.set(key, row.row);
    measurements.push(measurement(stageId, name, number, date));
  });
  return {
    measurements,
    ...(numbers.decimalMarkUsed ? { decimalMarkUsed: numbers.decimalMarkUsed } : {}),
    ...(dates?.dateOrderUsed ? { dateOrderUsed: dates.dateOrderUsed } : {}),
  };
}
