/**
 * The review cadence: a map is checked against its customers' numbers every few months.
 * `nextReview` on the map holds the date; these rules decide what the app's notice, the
 * "reviewed" action and `journey-studio review` say about it.
 */

/** "Reviewed — next in 3 months". */
export const REVIEW_INTERVAL_MONTHS = 3;
/** A review this many days ahead (or fewer) is due: the app and the CLI remind of it. */
export const REVIEW_DUE_DAYS = 14;

export type ReviewState = 'unscheduled' | 'scheduled' | 'due' | 'overdue';

export interface ReviewStatus {
  state: ReviewState;
  /** Days from today to the review date (negative when it has passed); absent if unscheduled. */
  days?: number;
}

const DAY_MS = 86_400_000;

/** Where a map with review date `nextReview` stands on `today` (both `YYYY-MM-DD`). */
export function reviewStatus(
  nextReview: string | undefined,
  today: string,
  dueDays: number = REVIEW_DUE_DAYS,
): ReviewStatus {
  if (nextReview === undefined) return { state: 'unscheduled' };
  const days = Math.round((dayNumber(nextReview) - dayNumber(today)) / DAY_MS);
  const state: ReviewState = days < 0 ? 'overdue' : days <= dueDays ? 'due' : 'scheduled';
  return { state, days };
}

/**
 * `today` plus `months` calendar months, the day kept where the month has it and else the
 * month's last day (2026-11-30 + 3 months = 2027-02-28).
 */
export function nextReviewAfter(today: string, months: number = REVIEW_INTERVAL_MONTHS): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDate(year, month + 1, Math.min(d, lastDay));
}

/** The local calendar date of `now` as `YYYY-MM-DD` (a review is due on the user's day). */
export function localDate(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}
