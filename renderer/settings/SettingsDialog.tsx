import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeChoice } from '../../shared/host';
import { UI_LANGUAGE_INFO, pickUiLanguageFrom } from '../../shared/i18n/languages';
import { Modal } from '../dialogs/Modal';
import { THEME_CHOICES, type LanguageChoice } from '../../shared/host';
import { settingsStore, useSettings } from './settingsStore';
import { nativeName } from './nativeName';
import './settings.css';

/** The UI language and the theme; a choice applies at once and is remembered. */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('settings.title')} onClose={onClose} className="js-settings">
      <LanguageChoices />
      <ThemeChoices />
      <div className="js-modal-actions">
        <button type="button" className="js-button js-button--primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </Modal>
  );
}

function LanguageChoices() {
  const { t } = useTranslation();
  const hintId = useId();
  const chosen = useSettings((s) => s.preferences.language);
  const systemLanguage = useSettings((s) => pickUiLanguageFrom(s.system.locales));
  const choose = (language: LanguageChoice) => settingsStore().getState().setLanguage(language);
  return (
    <fieldset className="js-settings-group" aria-describedby={hintId}>
      <legend>{t('settings.language')}</legend>
      <p id={hintId} className="js-muted">
        {t('settings.languageHint')}
      </p>
      <label className="js-choice">
        <input
          type="radio"
          name="language"
          checked={chosen === 'system'}
          onChange={() => choose('system')}
        />
        {t('settings.languageSystem', { language: nativeName(systemLanguage) })}
      </label>
      {UI_LANGUAGE_INFO.map((info) => (
        <label key={info.code} className="js-choice">
          <input
            type="radio"
            name="language"
            checked={chosen === info.code}
            onChange={() => choose(info.code)}
          />
          {/* Each name in its own language and direction, for readers and screen readers. */}
          <span lang={info.code} dir={info.dir}>
            {info.nativeName}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'settings.themes.system',
  light: 'settings.themes.light',
  dark: 'settings.themes.dark',
  highContrast: 'settings.themes.highContrast',
};

function ThemeChoices() {
  const { t } = useTranslation();
  const hintId = useId();
  const chosen = useSettings((s) => s.preferences.theme);
  return (
    <fieldset className="js-settings-group" aria-describedby={hintId}>
      <legend>{t('settings.theme')}</legend>
      <p id={hintId} className="js-muted">
        {t('settings.themeHint')}
      </p>
      {THEME_CHOICES.map((theme) => (
        <label key={theme} className="js-choice">
          <input
            type="radio"
            name="theme"
            checked={chosen === theme}
            onChange={() => settingsStore().getState().setTheme(theme)}
          />
          {t(THEME_LABELS[theme])}
        </label>
      ))}
    </fieldset>
  );
}
