import type { Metric } from '../model';

/**
 * A metric value as a reader of the map's language writes it: grouping and decimal mark of
 * the language (`12 480`, `12,5 %` in Russian), a percent's sign, a currency by its ISO code
 * or symbol, a score's or duration's unit after the number. The one number format of the
 * canvas, the exports and the CLI.
 */
export function formatMetricValue(value: number, metric: Metric, language: string): string {
  const locale = safeLocale(language);
  switch (metric.kind) {
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value / 100,
      );
    case 'currency':
      if (metric.unit && /^[A-Z]{3}$/.test(metric.unit)) {
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: metric.unit,
          maximumFractionDigits: 2,
        }).format(value);
      }
      // Money keeps both decimals when it has any (`4 250,50 ₽`, not `4 250,5 ₽`).
      return withUnit(
        new Intl.NumberFormat(locale, {
          minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
          maximumFractionDigits: 2,
        }).format(value),
        metric.unit,
      );
    case 'count':
      return withUnit(plain(value, locale, 0), metric.unit);
    default:
      return withUnit(plain(value, locale, 2), metric.unit);
  }
}

/**
 * A change since the previous snapshot with its sign and arrow (`▲ 120`, `▼ 3,5 %`); a
 * percent's change is in percentage points, written with the metric's own format.
 */
export function formatMetricChange(change: number, metric: Metric, language: string): string {
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '=';
  return `${arrow} ${formatMetricValue(Math.abs(change), metric, language)}`;
}

/** A share (0…1) as a percentage of the language: conversions and drop-offs. */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(safeLocale(language), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

function plain(value: number, locale: string, digits: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

/** The map's language tag when Intl knows it, else English (a file may hold any tag). */
function safeLocale(language: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([language]).length > 0 ? language : 'en';
  } catch {
    return 'en';
  }
}
