import { describe, expect, test } from 'vitest';
import {
  REVIEW_DUE_DAYS,
  REVIEW_INTERVAL_MONTHS,
  localDate,
  nextReviewAfter,
  reviewStatus,
} from '../../../../shared/metrics';

describe('reviewStatus', () => {
  test('unscheduled, scheduled, due within 14 days (inclusive), overdue after the day', () => {
    expect(REVIEW_DUE_DAYS).toBe(14);
    expect(reviewStatus(undefined, '2026-12-01')).toEqual({ state: 'unscheduled' });
    expect(reviewStatus('2026-12-16', '2026-12-01')).toEqual({ state: 'scheduled', days: 15 });
    expect(reviewStatus('2026-12-15', '2026-12-01')).toEqual({ state: 'due', days: 14 });
    expect(reviewStatus('2026-12-01', '2026-12-01')).toEqual({ state: 'due', days: 0 });
    expect(reviewStatus('2026-11-30', '2026-12-01')).toEqual({ state: 'overdue', days: -1 });
  });

  test('counts calendar days across years, leap days and daylight-saving changes', () => {
    expect(reviewStatus('2028-03-01', '2028-02-28')).toEqual({ state: 'due', days: 2 });
    expect(reviewStatus('2027-01-05', '2026-12-30')).toEqual({ state: 'due', days: 6 });
    expect(reviewStatus('2026-03-30', '2026-03-28').days).toBe(2);
    expect(reviewStatus('2026-06-01', '2026-12-01')).toEqual({ state: 'overdue', days: -183 });
  });

  test('a custom due window', () => {
    expect(reviewStatus('2026-12-20', '2026-12-01', 30).state).toBe('due');
  });
});

describe('nextReviewAfter', () => {
  test('three months on by default, the day kept', () => {
    expect(REVIEW_INTERVAL_MONTHS).toBe(3);
    expect(nextReviewAfter('2026-12-01')).toBe('2027-03-01');
    expect(nextReviewAfter('2026-10-15')).toBe('2027-01-15');
  });

  test('a day the month lacks becomes its last day, leap years included', () => {
    expect(nextReviewAfter('2026-11-30')).toBe('2027-02-28');
    expect(nextReviewAfter('2027-11-30')).toBe('2028-02-29');
    expect(nextReviewAfter('2026-05-31')).toBe('2026-08-31');
    expect(nextReviewAfter('2026-03-31')).toBe('2026-06-30');
    expect(nextReviewAfter('2028-02-29', 12)).toBe('2029-02-28');
  });

  test('any number of months, also back in time', () => {
    expect(nextReviewAfter('2026-01-31', 1)).toBe('2026-02-28');
    expect(nextReviewAfter('2026-01-15', -1)).toBe('2025-12-15');
    expect(nextReviewAfter('2026-01-15', 24)).toBe('2028-01-15');
  });
});

describe('localDate', () => {
  test('the calendar day of the local clock, zero-padded', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(999, 11, 31, 0, 0))).toBe('0999-12-31');
  });
});
