import { z } from 'zod';
import { isIsoDate } from './dates';

/**
 * How a table's columns become stage metrics: plain data, so a map can remember it and next
 * quarter's export imports with one click, and the CLI can take it from a file
 * (`--mapping FILE`). Columns are named by their header (compared trimmed and without regard
 * to case), so a refreshed export whose columns moved still maps. Importing a table with the
 * mapping an import returned reproduces that import exactly.
 */
const column = z.string().trim().min(1).max(200);

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
  date: z.string().refine(isIsoDate, 'expected a date written YYYY-MM-DD').optional(),
};

export const longMappingSchema = z.object({
  layout: z.literal('long'),
  ...common,
  metricColumn: column,
  valueColumn: column,
  dateColumn: column.optional(),
});

export const wideMappingSchema = z.object({
  layout: z.literal('wide'),
  ...common,
  metricColumns: z.array(column).min(1).max(500),
  dateColumn: column.optional(),
});

export const recordsMappingSchema = z.object({
  layout: z.literal('records'),
  ...common,
  /** The name of the metric the counts are stored under. */
  metric: z.string().trim().min(1).max(200),
  /** Count "reached at least this stage" (in the map's stage order) instead of "is at it". */
  cumulative: z.boolean(),
});

export const importMappingSchema = z.discriminatedUnion('layout', [
  longMappingSchema,
  wideMappingSchema,
  recordsMappingSchema,
]);

export type LongMapping = z.infer<typeof longMappingSchema>;
export type WideMapping = z.infer<typeof wideMappingSchema>;
export type RecordsMapping = z.infer<typeof recordsMappingSchema>;
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type ImportLayout = ImportMapping['layout'];

/** A mapping from outside (a file, a map) checked; the error names the field that is wrong. */
export function parseMapping(
  value: unknown,
): { ok: true; mapping: ImportMapping } | { ok: false; path: string; detail: string } {
  const parsed = importMappingSchema.safeParse(value);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, path: issue?.path.join('.') ?? '', detail: issue?.message ?? '' };
}
