import { ImagePlus } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../store';
import { logoDataUrl, MAX_LOGO_KB } from './logo';

/** The map's cover logo for exports: pick a PNG, JPEG or SVG file (embedded) or remove it. */
export function LogoField({
  logo,
  onChange,
}: {
  logo: string | undefined;
  onChange(logo: string | null): void;
}) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const id = useId();
  const hint = `${id}-hint`;
  return (
    <div className="js-field js-field--photo">
      <span className="js-field-label">{t('export.pdf.logo')}</span>
      {logo && <img className="js-persona-photo" src={logo} alt={t('export.pdf.logo')} />}
      <label htmlFor={id} className="js-button js-button--small">
        <ImagePlus aria-hidden size={14} />
        {t('export.pdf.logoChoose')}
      </label>
      <input
        id={id}
        type="file"
        className="js-visually-hidden"
        accept="image/png,image/jpeg,image/svg+xml"
        aria-describedby={hint}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          const result = await logoDataUrl(file);
          if (result.ok) onChange(result.dataUrl);
          else
            store.getState().notify({
              tone: 'error',
              message: t(`export.pdf.${result.reason}`, { size: result.size, max: MAX_LOGO_KB }),
            });
        }}
      />
      <span id={hint} className="js-muted">
        {t('export.pdf.logoHint', { size: MAX_LOGO_KB })}
      </span>
      {logo && (
        <button type="button" className="js-button js-button--small" onClick={() => onChange(null)}>
          {t('export.pdf.logoRemove')}
        </button>
      )}
    </div>
  );
}
