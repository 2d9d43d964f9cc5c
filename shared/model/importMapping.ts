import { z } from 'zod';
import { DateSchema } from './primitives';

/**
 * How a table's columns become stage metrics: plain data, so a map can remember it and next
 * quarter's export imports with one click, and the CLI can take it from a file
 * (`--mapping FILE`). Columns are named by their header (compared trimmed and without regard
 * to case), so a refreshed export whose columns moved still maps. Importing a table with the
 * mapping an import returned reproduces that import exactly (see `shared/import`). Loose, like
 * every record of the map: another tool's keys in it are kept.
 */
// Not trimmed on reading: columns are compared trimmed, and a file keeps what it says.
const column = z.string().min(1).max(200);

const common = {
  /** The column that names the stage. */
  stageColumn: column,
  /** Values of the stage column mapped by hand: to a stage id, or `null` to leave them out. */
  stageValues: z.record(z.string().max(200), z.string().min(1).nullable()).optional(),
  /** How to read `1,234` and `1.234` when the column itself does not show the decimal mark. */
  decimalMark: z.enum([',', '.']).optional(),
  /** How to read `03/04/2026` when the column does not show whether the day comes first. */
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /** The date of every measurement when the table has no date column (`YYYY-MM-DD`). */
  date: DateSchema.optional(),
};

export const LongMappingSchema = z.looseObject({
  layout: z.literal('long'),
  ...common,
  metricColumn: column,
  valueColumn: column,
  dateColumn: column.optional(),
});

export const WideMappingSchema = z.looseObject({
  layout: z.literal('wide'),
  ...common,
  metricColumns: z.array(column).min(1).max(500),
  dateColumn: column.optional(),
});

export const RecordsMappingSchema = z.looseObject({
  layout: z.literal('records'),
  ...common,
  /** The name of the metric the counts are stored under. */
  metric: z.string().min(1).max(200),
  /** Count "reached at least this stage" (in the map's stage order) instead of "is at it". */
  cumulative: z.boolean(),
});

export const ImportMappingSchema = z.discriminatedUnion('layout', [
  LongMappingSchema,
  WideMappingSchema,
  RecordsMappingSchema,
]);

export type LongMapping = z.infer<typeof LongMappingSchema>;
export type WideMapping = z.infer<typeof WideMappingSchema>;
export type RecordsMapping = z.infer<typeof RecordsMappingSchema>;
export type ImportMapping = z.infer<typeof ImportMappingSchema>;
export type ImportLayout = ImportMapping['layout'];
