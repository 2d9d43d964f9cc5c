import { cellText, type ColumnRef } from './columns';
import { readDate } from './dates';
import type { ImportMapping } from './mapping';
import { readNumber } from './numbers';
import type { StageMatcher } from './stageMatch';
import { isEmptyCell, type CellValue, type Table } from './table';

/** How many rows the column typing looks at (stage-key uniqueness looks at all of them). */
const DETECT_ROWS = 2000;

export interface DetectOptions {
  /** The name records are counted under ("Deals"). */
  countMetric: string;
  cumulative: boolean;
}

export type Detection =
  { ok: true; mapping: ImportMapping } | { ok: false; reason: 'noStageColumn' | 'noMetricColumns' };

/**
 * A mapping for a table nobody has mapped yet. The stage column is the one whose values name
 * the most of the map's stages; a column whose every value is a date is the date column; a
 * column whose values are mostly numbers is a metric named by its header. Then:
 * - each stage (per date) on one row → wide, every number column a metric;
 * - else a text column that, with the stage (and date), names each row once, and exactly one
 *   number column → long;
 * - else stages repeat from row to row → records, counted per stage.
 */
export function detectLayout(
  table: Table,
  stages: StageMatcher,
  options: DetectOptions,
): Detection {
  const sample = table.rows.slice(0, DETECT_ROWS);
  const columns: ColumnRef[] = table.headers.map((header, index) => ({ header, index }));
  const stage = stageColumn(columns, sample, stages);
  if (!stage) return { ok: false, reason: 'noStageColumn' };
  const rest = columns.filter((c) => c.index !== stage.index);
  const date = rest.find((c) => isSnapshotDateColumn(sample, c));
  const others = rest.filter((c) => c.index !== date?.index);
  const numeric = others.filter((c) => isNumberColumn(sample, c));
  const texts = others.filter((c) => !numeric.includes(c));
  const base = {
    stageColumn: stage.header,
    ...(date ? { dateColumn: date.header } : {}),
  };
  const keyColumns = date ? [stage, date] : [stage];
  if (uniqueKeys(table, keyColumns, stages)) {
    if (numeric.length === 0) return { ok: false, reason: 'noMetricColumns' };
    return {
      ok: true,
      mapping: { layout: 'wide', ...base, metricColumns: numeric.map((c) => c.header) },
    };
  }
  if (numeric.length === 1) {
    const metric = texts.find((c) => uniqueKeys(table, [...keyColumns, c], stages));
    if (metric) {
      return {
        ok: true,
        mapping: {
          layout: 'long',
          ...base,
          metricColumn: metric.header,
          valueColumn: (numeric[0] as ColumnRef).header,
        },
      };
    }
  }
  return {
    ok: true,
    mapping: {
      layout: 'records',
      stageColumn: stage.header,
      metric: options.countMetric,
      cumulative: options.cumulative,
    },
  };
}

function stageColumn(
  columns: readonly ColumnRef[],
  rows: Table['rows'],
  stages: StageMatcher,
): ColumnRef | undefined {
  let best: { column: ColumnRef; score: number } | undefined;
  for (const column of columns) {
    const values = new Set<string>();
    for (const row of rows) {
      const cell = row.cells[column.index];
      if (typeof cell === 'string' && cell.trim() !== '') values.add(cell);
    }
    const ids = new Set<string>();
    for (const value of values) {
      const id = stages.lookup(value);
      if (id) ids.add(id);
    }
    if (ids.size > 0 && (!best || ids.size > best.score)) best = { column, score: ids.size };
  }
  return best?.column;
}

function nonEmpty(rows: Table['rows'], column: ColumnRef): CellValue[] {
  return rows.map((row) => row.cells[column.index] ?? null).filter((cell) => !isEmptyCell(cell));
}

/**
 * A column of dates that each cover several rows: the date of a snapshot (a wide or long
 * table's "as of" date). A CRM's "Create date", different on nearly every row, is not one.
 */
function isSnapshotDateColumn(sample: Table['rows'], column: ColumnRef): boolean {
  const cells = nonEmpty(sample, column);
  // Numbers are dates only in a column mapped as one (Excel serials look like any count).
  const dates =
    cells.length > 0 &&
    cells.every((cell) => typeof cell !== 'number' && readDate(cell).kind !== 'invalid');
  if (!dates) return false;
  const distinct = new Set(sample.map((row) => cellText(row.cells[column.index])));
  return distinct.size * 2 <= sample.length;
}

function isNumberColumn(rows: Table['rows'], column: ColumnRef): boolean {
  const cells = nonEmpty(rows, column);
  const numbers = cells.filter(
    (cell) =>
      typeof cell === 'number' || (typeof cell === 'string' && readNumber(cell).kind !== 'invalid'),
  );
  // At least half numbers: the odd "n/a" is then reported as a text in a number column.
  return cells.length > 0 && numbers.length * 2 >= cells.length;
}

/** Whether no two rows (whose stage is known) share the values of these columns. */
function uniqueKeys(table: Table, columns: readonly ColumnRef[], stages: StageMatcher): boolean {
  const [stage, ...rest] = columns as [ColumnRef, ...ColumnRef[]];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const id = stages.lookup(cellText(row.cells[stage.index]));
    if (!id) continue;
    const key = JSON.stringify([
      id,
      ...rest.map((c) => cellText(row.cells[c.index]).toLowerCase()),
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
