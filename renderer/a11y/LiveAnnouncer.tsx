import { useTranslation } from 'react-i18next';
import { useEditor } from '../store';

/**
 * The polite live region: what a screen reader says after an edit it cannot hear otherwise
 * (a card added, deleted or moved, undo and redo, saved). The message's key changes with
 * every announcement, so the same words twice are read twice.
 */
export function LiveAnnouncer() {
  const { t } = useTranslation();
  const announcement = useEditor((s) => s.ui.announcement);
  let text = '';
  if (announcement) {
    const { action, ...values } = announcement.values;
    // `action` is an i18n key itself (the step's label, e.g. "ops.addStage").
    text = t(announcement.key, {
      ...values,
      ...(action === undefined ? {} : { action: t(String(action)) }),
    });
  }
  return (
    <div
      className="js-visually-hidden"
      role="status"
      aria-label={t('a11y.liveRegion')}
      aria-live="polite"
      aria-atomic="true"
    >
      <span key={announcement?.id}>{text}</span>
    </div>
  );
}
