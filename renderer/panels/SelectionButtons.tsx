import { useTranslation } from 'react-i18next';
import { usePerform } from '../actions/ActionContextProvider';

/** Duplicate and Delete for the selected cards. */
export function SelectionButtons() {
  const { t } = useTranslation();
  const duplicate = usePerform('duplicate');
  const remove = usePerform('delete');
  return (
    <div className="js-inspector-actions">
      <button type="button" className="js-button" onClick={duplicate}>
        {t('editor.actions.duplicate')}
      </button>
      <button type="button" className="js-button js-button--danger" onClick={remove}>
        {t('editor.actions.delete')}
      </button>
    </div>
  );
}
