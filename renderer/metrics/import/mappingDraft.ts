import { parseMapping, type ImportLayout, type ImportMapping } from '../../../shared/import';

/**
 * The dialog's column choices: an import mapping that may still lack columns (when the
 * layout could not be detected, or the user switched it). Every field of every layout is
 * optional here; `toMapping` says whether the choices are complete.
 */
export interface MappingDraft {
  readonly layout: ImportLayout;
  readonly stageColumn?: string;
  readonly metricColumn?: string;
  readonly valueColumn?: string;
  readonly dateColumn?: string;
  readonly metricColumns?: readonly string[];
  readonly metric?: string;
  readonly cumulative?: boolean;
  readonly stageValues?: Readonly<Record<string, string | null>>;
  readonly decimalMark?: ',' | '.';
  readonly dateOrder?: 'dmy' | 'mdy';
}

/** The column roles a layout has, each holding one column. */
export type ColumnRole = 'stageColumn' | 'metricColumn' | 'valueColumn' | 'dateColumn';

/** The complete mapping the choices make, or null while a column is still to be chosen. */
export function toMapping(draft: MappingDraft): ImportMapping | null {
  const parsed = parseMapping(draft);
  return parsed.ok ? parsed.mapping : null;
}

/**
 * Another layout, keeping what carries over (the stage column, stages mapped by hand, the
 * number and date reading) and choosing the rest as a first guess the user can change:
 * the other columns in order, or the count's name for records.
 */
export function withLayout(
  draft: MappingDraft,
  layout: ImportLayout,
  headers: readonly string[],
  countName: string,
): MappingDraft {
  const { stageColumn, stageValues, decimalMark, dateOrder } = draft;
  const kept: MappingDraft = {
    layout,
    ...(stageColumn ? { stageColumn } : {}),
    ...(stageValues ? { stageValues } : {}),
    ...(decimalMark ? { decimalMark } : {}),
    ...(dateOrder ? { dateOrder } : {}),
  };
  const others = headers.filter((header) => header !== stageColumn);
  switch (layout) {
    case 'long': {
      const [metricColumn, valueColumn] = others;
      return {
        ...kept,
        ...(metricColumn ? { metricColumn } : {}),
        ...(valueColumn ? { valueColumn } : {}),
      };
    }
    case 'wide':
      return { ...kept, metricColumns: others };
    case 'records':
      return { ...kept, metric: draft.metric ?? countName, cumulative: draft.cumulative ?? false };
  }
}

/** A column chosen for a role; '' clears an optional one (the date column). */
export function withColumn(draft: MappingDraft, role: ColumnRole, column: string): MappingDraft {
  const rest = Object.fromEntries(Object.entries(draft).filter(([key]) => key !== role));
  const next = { ...rest, ...(column === '' ? {} : { [role]: column }) };
  // A wide table's metric columns never include the column that now has another role.
  if (draft.metricColumns && column !== '') {
    next.metricColumns = draft.metricColumns.filter((c) => c !== column);
  }
  return next as unknown as MappingDraft; // the draft's own fields, one of them changed
}

/** A wide table's metric column switched on or off, in the file's column order. */
export function withMetricColumn(
  draft: MappingDraft,
  column: string,
  on: boolean,
  headers: readonly string[],
): MappingDraft {
  const chosen = new Set(draft.metricColumns ?? []);
  if (on) chosen.add(column);
  else chosen.delete(column);
  return { ...draft, metricColumns: headers.filter((header) => chosen.has(header)) };
}

/** A stage value of the file mapped by hand: to a stage id, or `null` to leave its rows out. */
export function withStageValue(
  draft: MappingDraft,
  value: string,
  stageId: string | null,
): MappingDraft {
  return { ...draft, stageValues: { ...draft.stageValues, [value]: stageId } };
}
