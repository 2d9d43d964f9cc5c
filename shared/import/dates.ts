import type { CellValue } from './table';

/**
 * Dates as tables write them, to `YYYY-MM-DD`: ISO dates and timestamps (the date as written,
 * not shifted by the time zone), `31.03.2026` (day first, as everywhere dots are used),
 * `31/03/2026` or `03/31/2026` (day or month first: ambiguous when both parts are 12 or less,
 * resolved by the column or the user, never guessed), XLSX date cells and, in a column that
 * is known to hold dates, Excel serial day numbers.
 */
export type DateOrder = 'dmy' | 'mdy';

export type DateReading =
  | { kind: 'date'; date: string; evidence?: DateOrder }
  | { kind: 'ambiguous'; readings: Record<DateOrder, string> }
  | { kind: 'invalid' };

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_FIRST_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const SLASHED =
  /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;

/** Excel's day 0 is 1899-12-30 (its day 60, 1900-02-29, never existed: later serials agree). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers from 1900-03-01 to 9999-12-31. */
const SERIAL_RANGE = [61, 2_958_465] as const;

export function readDate(value: CellValue, order?: DateOrder): DateReading {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? INVALID : { kind: 'date', date: isoDate(value) };
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < SERIAL_RANGE[0] || value > SERIAL_RANGE[1])
      return INVALID;
    return { kind: 'date', date: isoDate(new Date(EXCEL_EPOCH_MS + value * DAY_MS)) };
  }
  if (typeof value !== 'string') return INVALID;
  const text = value.trim();
  const iso = ISO.exec(text) ?? YEAR_FIRST_SLASH.exec(text);
  if (iso) return checked(iso[1], iso[2], iso[3]);
  const dotted = DOTTED.exec(text);
  if (dotted) return checked(dotted[3], dotted[2], dotted[1]);
  const slashed = SLASHED.exec(text);
  if (!slashed) return INVALID;
  const [first, second, year] = [slashed[1], slashed[2], slashed[3]] as [string, string, string];
  const dmy = checked(year, second, first);
  const mdy = checked(year, first, second);
  if (dmy.kind === 'date' && mdy.kind === 'date' && dmy.date !== mdy.date) {
    if (order) return order === 'dmy' ? dmy : mdy;
    return { kind: 'ambiguous', readings: { dmy: dmy.date, mdy: mdy.date } };
  }
  if (dmy.kind === 'date') return { ...dmy, ...(Number(first) > 12 ? { evidence: 'dmy' } : {}) };
  if (mdy.kind === 'date') return { ...mdy, ...(Number(second) > 12 ? { evidence: 'mdy' } : {}) };
  return INVALID;
}

const INVALID: DateReading = { kind: 'invalid' };

function checked(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): DateReading {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return INVALID;
  }
  return { kind: 'date', date: isoDate(date) };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` for a real calendar day (for dates given in a mapping or on the command line). */
export function isIsoDate(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    checked(...(text.split('-') as [string, string, string])).kind === 'date'
  );
}
