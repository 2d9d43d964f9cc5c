import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../store';
import { announcementFor } from './describeStep';

/**
 * The polite live region: what a screen reader says after an edit it cannot hear otherwise
 * (a card added, deleted or moved, undo and redo, saved), made from the store's record of
 * the document's last change. The message's key changes with
 * every announcement, so the same words twice are read twice.
 */
export function LiveAnnouncer() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const change = useEditor((s) => s.lastChange);
  // The document as it is now: the names of the cell a card went to.
  const announcement = announcementFor(change, store.getState().doc);
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
      <span key={change?.id}>{text}</span>
    </div>
  );
}
