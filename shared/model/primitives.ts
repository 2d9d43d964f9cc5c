import { z } from 'zod';

/**
 * Building blocks shared by every record of the document. Limits live here so that the
 * loader, the schema and the editor agree on them.
 */
export const LIMITS = {
  /** A whole file, in bytes of UTF-8: far beyond any real map, small enough to parse at once. */
  fileBytes: 20 * 1024 * 1024,
  /** Nesting of objects and lists (a map needs 4; the rest is room for other tools' data). */
  depth: 32,
  /** Names and titles: one line a person reads at a glance. */
  name: 500,
  /** Card text, descriptions, quotes. */
  text: 10_000,
  /** A persona photo as a data: URL (about 1.5 MB of image). */
  photo: 2_000_000,
  /** A cover logo as a data: URL (about 512 KB of image). */
  logo: 700_000,
  /** Short values such as a KPI figure or an evidence source. */
  short: 1_000,
  ids: 100,
  stages: 500,
  lanes: 200,
  cards: 50_000,
  connectors: 50_000,
  personas: 50,
  notes: 5_000,
  listItems: 100,
  /** Metrics tracked per stage, and their dated values (40 stages × 25 metrics × 50 dates). */
  metrics: 200,
  measurements: 50_000,
  /** Remembered import mappings (one per report a team refreshes from). */
  metricSources: 50,
  /** A metric's unit: `NPS`, `₽`, `min`. */
  metricUnit: 20,
} as const;

/** A stable identifier: any short text, unique within its collection. */
export const IdSchema = z.string().min(1).max(LIMITS.ids);
export type Id = z.infer<typeof IdSchema>;

/** A colour as `#rrggbb`, the one notation every exporter understands. */
export const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1e88e5');

export const NameSchema = z.string().max(LIMITS.name);
export const TextSchema = z.string().max(LIMITS.text);
export const ShortTextSchema = z.string().max(LIMITS.short);

/** A calendar date without time (`2027-03-01`): no time zone churn in diffs. */
export const DateSchema = z.iso.date();

/** A bullet list such as a persona's goals. */
export const TextListSchema = z.array(TextSchema).max(LIMITS.listItems);

/**
 * Every record of the document is a zod *loose* object: keys the app does not know (another
 * tool's `x-crm-id`, a field of a newer version) are kept on the record itself, so an
 * operation that spreads a record keeps them too, and the serialiser writes them after the
 * known keys (see the README's "Fields of other tools"). The TypeScript types leave the
 * index signature out (`Known`), so `keyof Card` stays the list of fields the app knows.
 */
export type Known<T> = T extends readonly (infer U)[]
  ? Known<U>[]
  : T extends object
    ? [NamedKeys<T>] extends [never]
      ? { [K in keyof T]: Known<T[K]> } // a plain record (name → value) keeps its index
      : { [K in keyof T as string extends K ? never : number extends K ? never : K]: Known<T[K]> }
    : T;
type NamedKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: 0;
};

/**
 * Keys that could reach an object's prototype if some code copied them naively: never kept,
 * even as another tool's field (the loader drops and reports them).
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
