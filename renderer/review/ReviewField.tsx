import { CalendarCheck } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeReview, needsReview, reviewStatus } from '../../shared/metrics';
import { usePerform } from '../actions/ActionContextProvider';
import { useEditor, useEditorStore } from '../store';
import { today } from './today';
import './review.css';

/** The map inspector's next-review date, where it stands today, and "Reviewed". */
export function ReviewField() {
  const { t } = useTranslation();
  const id = useId();
  const statusId = useId();
  const store = useEditorStore();
  const nextReview = useEditor((s) => s.doc?.nextReview);
  const markReviewed = usePerform('markReviewed');
  const status = reviewStatus(nextReview, today());
  return (
    <div className="js-field js-review-field">
      <label htmlFor={id}>{t('review.field')}</label>
      <input
        id={id}
        type="date"
        value={nextReview ?? ''}
        aria-describedby={statusId}
        onChange={(event) => {
          const value = event.target.value;
          // The browser gives '' for a cleared or unfinished date: only a cleared one counts.
          if (value === '' && event.target.validity.badInput) return;
          store.getState().apply({
            type: 'setMapInfo',
            changes: { nextReview: value === '' ? null : value },
          });
        }}
      />
      <p
        id={statusId}
        className={needsReview(status) ? 'js-review-status js-review-status--due' : 'js-muted'}
      >
        {describeReview(status, t)}
      </p>
      <button type="button" className="js-button" onClick={markReviewed}>
        <CalendarCheck aria-hidden size={16} />
        {t('review.actions.markReviewed')}
      </button>
    </div>
  );
}
