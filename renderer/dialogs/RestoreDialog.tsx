import { useTranslation } from 'react-i18next';
import { useActionContext } from '../actions/ActionContextProvider';
import { useEditor, useEditorStore } from '../store';
import { Modal } from './Modal';

/** At start: unsaved work a closed or crashed window left, to restore or throw away. */
export function RestoreDialog() {
  const { t, i18n } = useTranslation();
  const store = useEditorStore();
  const { flows } = useActionContext();
  const entries = useEditor((s) => s.ui.recovery);
  const close = () => store.getState().openDialog(null);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Modal title={t('editor.restore.title')} onClose={close}>
      <p>{t('editor.restore.message')}</p>
      <ul className="js-restore-list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <div>
              <strong>{entry.title || t('editor.untitled')}</strong>
              <span className="js-muted">
                {t('editor.restore.savedAt', {
                  name: entry.ref?.name ?? t('editor.restore.noFile'),
                  time: when.format(entry.savedAt),
                })}
              </span>
            </div>
            <button
              type="button"
              className="js-button js-button--primary"
              onClick={() => flows.restore(entry)}
            >
              {t('editor.restore.restore')}
            </button>
            <button
              type="button"
              className="js-button"
              onClick={() => void flows.discardRecovery(entry)}
            >
              {t('editor.restore.discard')}
            </button>
          </li>
        ))}
      </ul>
      <div className="js-modal-actions">
        <button type="button" className="js-button" onClick={close}>
          {t('editor.restore.later')}
        </button>
      </div>
    </Modal>
  );
}
