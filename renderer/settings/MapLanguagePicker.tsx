import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGE_INFO, isUiLanguage, type UiLanguage } from '../../shared/i18n/languages';
import './settings.css';

/**
 * The language a new map is created in (its template's names, and its direction: a Persian
 * map runs right to left). Each language is listed by its own name.
 */
export function MapLanguagePicker({
  value,
  onChange,
}: {
  value: UiLanguage;
  onChange(language: UiLanguage): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="js-map-language">
      <label htmlFor={id}>{t('settings.mapLanguage')}</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) onChange(event.target.value);
        }}
      >
        {UI_LANGUAGE_INFO.map((info) => (
          <option key={info.code} value={info.code} lang={info.code}>
            {info.nativeName}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="js-muted">
        {t('settings.mapLanguageHint')}
      </span>
    </div>
  );
}
