import { ImagePlus } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../store';
import { photoDataUrl } from './photo';

/** A persona's photo: pick an image file (embedded, size-limited) or remove it. */
export function PhotoField({
  photo,
  name,
  onChange,
}: {
  photo: string | undefined;
  name: string;
  onChange(photo: string | null): void;
}) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const id = useId();
  return (
    <div className="js-field js-field--photo">
      <span className="js-field-label">{t('panels.persona.photo')}</span>
      {photo && (
        <img className="js-persona-photo" src={photo} alt={t('panels.persona.photoOf', { name })} />
      )}
      <label htmlFor={id} className="js-button js-button--small">
        <ImagePlus aria-hidden size={14} />
        {photo ? t('panels.persona.changePhoto') : t('panels.persona.addPhoto')}
      </label>
      <input
        id={id}
        type="file"
        className="js-visually-hidden"
        accept="image/png,image/jpeg,image/webp,image/gif"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          const result = await photoDataUrl(file);
          if (result.ok) onChange(result.dataUrl);
          else
            store
              .getState()
              .notify({ tone: 'error', message: t(`panels.persona.photoErrors.${result.reason}`) });
        }}
      />
      {photo && (
        <button type="button" className="js-button js-button--small" onClick={() => onChange(null)}>
          {t('panels.persona.removePhoto')}
        </button>
      )}
    </div>
  );
}
