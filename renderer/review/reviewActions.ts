import { CalendarCheck } from 'lucide-react';
import i18next from 'i18next';
import { nextReviewAfter } from '../../shared/metrics';
import { hasDocument, type Action } from '../actions/types';
import { formatReviewDate, today } from './today';

/**
 * "Reviewed — next in 3 months": the map was checked against its numbers today, so the next
 * review is `REVIEW_INTERVAL_MONTHS` from today. One `setMapInfo` operation, one undo step.
 * (The label's "3" is that constant; a unit test keeps them together.)
 */
export const REVIEW_ACTIONS: readonly Action[] = [
  {
    id: 'markReviewed',
    label: 'review.actions.markReviewed',
    group: 'file',
    icon: CalendarCheck,
    scope: 'global',
    menu: { place: 'file:save', label: 'menu.markReviewed' },
    enabled: hasDocument,
    perform: ({ store, t }) => {
      const nextReview = nextReviewAfter(today());
      store.getState().apply({ type: 'setMapInfo', changes: { nextReview } });
      store.getState().notify({
        tone: 'info',
        message: t('review.done', { date: formatReviewDate(nextReview, i18next.language) }),
      });
    },
  },
];
