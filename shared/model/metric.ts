import { z } from 'zod';
import { ImportMappingSchema } from './importMapping';
import {
  DateSchema,
  IdSchema,
  LIMITS,
  NameSchema,
  ShortTextSchema,
  TextSchema,
  type Known,
} from './primitives';

/**
 * What a metric measures, which decides how its values read: a `count` of customers (the
 * funnel's kind), a `percent` (0–100, conversion or churn), a `score` (NPS, CSAT, CES: the
 * unit names the scale), an amount of `currency` (the unit is the currency: `₽`, `USD`), a
 * `duration` (the unit says of what: `min`, `days`) or any other `number`.
 */
export const METRIC_KINDS = [
  'count',
  'percent',
  'score',
  'currency',
  'duration',
  'number',
] as const;
export const MetricKindSchema = z.enum(METRIC_KINDS);
export type MetricKind = z.infer<typeof MetricKindSchema>;

/** Metric values: finite, and of a size no real measure exceeds (so text and sums stay sane). */
export const MetricValueSchema = z.number().finite().min(-1e15).max(1e15);

/** A metric the map tracks per stage: its definition; the values are `Measurement`s. */
export const MetricSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  kind: MetricKindSchema.default('number'),
  /** Shown after a value: `NPS`, `₽`, `min` … (a percent's `%` is implied by its kind). */
  unit: z.string().max(LIMITS.metricUnit).optional(),
  /** The value the team aims at; "met" depends on `higherIsBetter`. */
  target: MetricValueSchema.optional(),
  /** Whether a rise is good news (conversion) or bad (time to resolve, churn). */
  higherIsBetter: z.boolean().default(true),
  description: TextSchema.optional(),
});
export type Metric = Known<z.infer<typeof MetricSchema>>;

/**
 * One value of one metric at one stage on one date. Each import is a snapshot: measurements
 * of a metric on several dates are all kept (the trend), and one (metric, stage, date) holds
 * one value (a re-import of the same date replaces it).
 */
export const MeasurementSchema = z.looseObject({
  id: IdSchema,
  metricId: IdSchema,
  stageId: IdSchema,
  value: MetricValueSchema,
  /** The day the value describes (`YYYY-MM-DD`). */
  date: DateSchema,
  /** Where it came from: the file or system (`crm-deals-q3.csv`, `Google Analytics`). */
  source: ShortTextSchema.optional(),
});
export type Measurement = Known<z.infer<typeof MeasurementSchema>>;

/**
 * A table the map's metrics were imported from, with the column mapping used, so next
 * quarter's export of the same report refreshes the map in one step (the dialog offers it
 * for a file of the same name; the CLI takes it with `--mapping`).
 */
export const MetricSourceSchema = z.looseObject({
  id: IdSchema,
  /** The file's name as imported (`deals.csv`): how a refresh finds its mapping. */
  name: NameSchema,
  mapping: ImportMappingSchema,
  /** The last import's date (`YYYY-MM-DD`). */
  imported: DateSchema.optional(),
});
export type MetricSource = Known<z.infer<typeof MetricSourceSchema>>;

/** The identity of a measurement besides its id: one value per metric, stage and date. */
export function measurementSlot(m: Pick<Measurement, 'metricId' | 'stageId' | 'date'>): string {
  return `${m.metricId}\u0000${m.stageId}\u0000${m.date}`;
}
