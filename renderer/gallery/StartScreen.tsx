import { FolderOpen } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { usePerform } from '../actions/ActionContextProvider';
import { TemplateGallery } from './TemplateGallery';

/** What a window without a map shows: the templates to start from, or a file to open. */
export function StartScreen() {
  const { t } = useTranslation();
  const open = usePerform('open');
  return (
    <main className="js-start">
      <div className="js-start-intro">
        <h2>{t('gallery.startTitle')}</h2>
        <p>{t('gallery.startMessage')}</p>
        <button type="button" className="js-button" onClick={open}>
          <FolderOpen aria-hidden size={16} />
          {t('gallery.openFile')}
        </button>
      </div>
      <TemplateGallery />
    </main>
  );
}
