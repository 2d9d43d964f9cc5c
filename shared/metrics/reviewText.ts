import type { Translate } from '../i18n/translate';
import type { ReviewStatus } from './review';

/**
 * A review status in words ("Due in 5 days", "Overdue by 12 days"): the app's map inspector
 * and `journey-studio review` say it the same way.
 */
export function describeReview(status: ReviewStatus, t: Translate): string {
  const days = status.days ?? 0;
  switch (status.state) {
    case 'unscheduled':
      return t('review.status.unscheduled');
    case 'scheduled':
      return t('review.status.scheduled', { count: days });
    case 'due':
      return days === 0 ? t('review.status.dueToday') : t('review.status.due', { count: days });
    case 'overdue':
      return t('review.status.overdue', { count: -days });
  }
}

/** Whether the status calls for a reminder: the review is due soon or has passed. */
export function needsReview(status: ReviewStatus): boolean {
  return status.state === 'due' || status.state === 'overdue';
}
