import { describe, expect, test } from 'vitest';
import { UI_LANGUAGES } from '../../../../shared/i18n/languages';
import { UI_RESOURCES } from '../../../../shared/i18n/resources';
import { createTranslate } from '../../../../shared/i18n/translate';
import {
  describeReview,
  needsReview,
  REVIEW_INTERVAL_MONTHS,
  reviewStatus,
} from '../../../../shared/metrics';

const en = createTranslate('en');
const words = (date: string | undefined, today: string) =>
  describeReview(reviewStatus(date, today), en);

describe('a review status in words', () => {
  test('unscheduled, scheduled, due (today, one day, several), overdue', () => {
    expect(words(undefined, '2026-12-01')).toBe('No review scheduled');
    expect(words('2027-03-01', '2026-12-01')).toBe('In 90 days');
    expect(words('2026-12-01', '2026-12-01')).toBe('Due today');
    expect(words('2026-12-02', '2026-12-01')).toBe('Due in 1 day');
    expect(words('2026-12-15', '2026-12-01')).toBe('Due in 14 days');
    expect(words('2026-12-16', '2026-12-01')).toBe('In 15 days');
    expect(words('2026-11-30', '2026-12-01')).toBe('Overdue by 1 day');
    expect(words('2026-11-19', '2026-12-01')).toBe('Overdue by 12 days');
  });

  test('Russian and Polish use their plural forms', () => {
    const ru = createTranslate('ru');
    const pl = createTranslate('pl');
    const at = (days: string) => reviewStatus(days, '2026-12-01');
    expect(describeReview(at('2026-11-29'), ru)).toBe('Просрочен на 2 дня');
    expect(describeReview(at('2026-11-26'), ru)).toBe('Просрочен на 5 дней');
    expect(describeReview(at('2026-12-06'), pl)).toBe('Wypada za 5 dni');
  });

  test('only due and overdue call for the reminder', () => {
    expect(needsReview(reviewStatus(undefined, '2026-12-01'))).toBe(false);
    expect(needsReview(reviewStatus('2027-01-01', '2026-12-01'))).toBe(false);
    expect(needsReview(reviewStatus('2026-12-10', '2026-12-01'))).toBe(true);
    expect(needsReview(reviewStatus('2026-11-10', '2026-12-01'))).toBe(true);
  });

  test('the "Reviewed — next in N months" label names the interval the action uses', () => {
    // The action's label is plain text (menus and the shortcuts list show it without values).
    for (const language of UI_LANGUAGES) {
      const review = (
        UI_RESOURCES[language].translation as { review: { actions: { markReviewed: string } } }
      ).review;
      const digits = review.actions.markReviewed.replace(/[۰-۹]/g, (d) =>
        String(d.charCodeAt(0) - 0x6f0),
      );
      expect(digits, language).toContain(String(REVIEW_INTERVAL_MONTHS));
    }
  });
});
