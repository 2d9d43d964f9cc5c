import { CalendarCheck, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needsReview, reviewStatus } from '../../shared/metrics';
import { usePerform } from '../actions/ActionContextProvider';
import { useEditor } from '../store';
import { formatReviewDate, today } from './today';

/**
 * The reminder that the map's review is due or overdue, read from the document itself: it
 * goes when "Reviewed" (or a later date) moves the review on, and comes back on undo. No
 * reminder for a map without a review date or with one further ahead.
 */
export function ReviewNotice() {
  const { t, i18n } = useTranslation();
  const nextReview = useEditor((s) => s.doc?.nextReview);
  const markReviewed = usePerform('markReviewed');
  // Dismissed for this date only: a new date that is due again reminds again.
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (nextReview === undefined || nextReview === dismissed) return null;
  const status = reviewStatus(nextReview, today());
  if (!needsReview(status)) return null;
  const overdue = status.state === 'overdue';
  const date = formatReviewDate(nextReview, i18n.language);
  return (
    <div className={`js-notice js-notice--${overdue ? 'warning' : 'info'} js-review-notice`}>
      <div className="js-notice-text">
        <p>{t(overdue ? 'review.notice.overdue' : 'review.notice.due', { date })}</p>
        <button type="button" className="js-button" onClick={markReviewed}>
          <CalendarCheck aria-hidden size={16} />
          {t('review.actions.markReviewed')}
        </button>
      </div>
      <button
        type="button"
        className="js-icon-button"
        aria-label={t('editor.notices.dismiss')}
        onClick={() => setDismissed(nextReview)}
      >
        <X aria-hidden size={16} />
      </button>
    </div>
  );
}
