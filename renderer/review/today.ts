import { localDate } from '../../shared/metrics';

/**
 * Today on the user's calendar, from the page's clock: the one place the review cadence
 * reads the date, so e2e tests set it with Playwright's `page.clock`.
 */
export function today(): string {
  return localDate(new Date());
}

/** A `YYYY-MM-DD` date as the UI language writes it ("16 November 2026"). */
export function formatReviewDate(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Noon UTC read in UTC: the same calendar day whatever the machine's time zone.
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d, 12)),
  );
}
