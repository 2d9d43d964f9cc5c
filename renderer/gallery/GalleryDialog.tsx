import { useTranslation } from 'react-i18next';
import { Modal } from '../dialogs/Modal';
import { useEditorStore } from '../store';
import { TemplateGallery } from './TemplateGallery';

/** New map: the template gallery over the open map. */
export function GalleryDialog() {
  const { t } = useTranslation();
  const store = useEditorStore();
  return (
    <Modal
      title={t('gallery.title')}
      onClose={() => store.getState().openDialog(null)}
      className="js-gallery-dialog"
    >
      <TemplateGallery />
    </Modal>
  );
}
