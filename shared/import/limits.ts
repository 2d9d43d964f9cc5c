/** The largest table file an import reads (CSV, TSV or XLSX), in bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How many problems of one kind are listed before the rest are only counted. */
export const MAX_PROBLEMS_PER_CODE = 50;

/** How many data rows delimiter detection and column typing look at. */
export const SAMPLE_ROWS = 50;
