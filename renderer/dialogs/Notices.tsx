import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ReviewNotice } from '../review/ReviewNotice';
import { useEditor, useEditorStore } from '../store';

/**
 * Messages about files and pastes (load warnings, errors, "reloaded from disk"), and the
 * reminder that the map's review is due. Dismissible.
 */
export function Notices() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const notices = useEditor((s) => s.ui.notices);
  return (
    <div className="js-notices" role="status" aria-live="polite">
      <ReviewNotice />
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`js-notice js-notice--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : undefined}
        >
          <div className="js-notice-text">
            <p>{notice.message}</p>
            {notice.details && notice.details.length > 0 && (
              <details open={notice.details.length <= 3}>
                <summary>{t('editor.notices.details', { count: notice.details.length })}</summary>
                <ul>
                  {notice.details.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          <button
            type="button"
            className="js-icon-button"
            aria-label={t('editor.notices.dismiss')}
            onClick={() => store.getState().dismissNotice(notice.id)}
          >
            <X aria-hidden size={16} />
          </button>
        </div>
      ))}
    </div>
  );
}
