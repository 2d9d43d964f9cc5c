import { cellText, findColumn, type ColumnRef, type NumberContext } from '../columns';
import type { DateOrder } from '../dates';
import type { ImportedValue } from '../importedValue';
import type { DecimalMark, NumberValue } from '../numbers';
import type { ImportProblems } from '../problems';
import type { StageMatcher } from '../stageMatch';
import type { Table } from '../table';

/** What every layout reads with and reports to. */
export interface LayoutContext {
  table: Table;
  stages: StageMatcher;
  numbers: NumberContext;
  dateOrder?: DateOrder;
  problems: ImportProblems;
  warnings: ImportProblems;
}

export interface LayoutOutput {
  measurements: ImportedValue[];
  decimalMarkUsed?: DecimalMark;
  dateOrderUsed?: DateOrder;
}

/** The columns a mapping names, or `undefined` after reporting the ones the table lacks. */
export function columnsOf(
  context: LayoutContext,
  names: readonly string[],
): ColumnRef[] | undefined {
  const found: ColumnRef[] = [];
  for (const name of names) {
    const column = findColumn(context.table, name);
    if (column) found.push(column);
    else {
      context.problems.add(
        'missingColumn',
        {},
        {
          column: name,
          headers: context.table.headers.join(', '),
        },
      );
    }
  }
  return found.length === names.length ? found : undefined;
}

/**
 * Each row's stage id: `undefined` for a row to leave out (an empty stage cell, a value left
 * out on purpose, or an unknown stage — reported once per distinct value, with its count).
 */
export function stageIdsOf(context: LayoutContext, column: ColumnRef): (string | undefined)[] {
  const ids = context.table.rows.map((row) => {
    const value = cellText(row.cells[column.index]);
    if (value === '') {
      context.warnings.add('emptyStage', {
        row: row.row,
        columnIndex: column.index,
        header: column.header,
      });
      return undefined;
    }
    return context.stages.match(value, row.row) ?? undefined;
  });
  for (const unknown of context.stages.result().unmatched) {
    context.warnings.add(
      'unknownStage',
      { row: unknown.rows[0] as number, columnIndex: column.index, header: column.header },
      { value: `"${unknown.value}"`, count: unknown.count },
    );
  }
  return ids;
}

/** A measurement from a read number, with its unit and date. */
export function measurement(
  stageId: string,
  metric: string,
  number: NumberValue,
  date: string | undefined,
): ImportedValue {
  const out: ImportedValue = { stageId, metric, value: number.value };
  if (number.unit) out.unit = number.unit;
  if (number.currency) out.currency = number.currency;
  if (date) out.date = date;
  return out;
}
