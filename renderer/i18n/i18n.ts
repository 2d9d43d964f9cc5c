import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickUiLanguage } from '../../shared/i18n/languages';
import { UI_RESOURCES } from '../../shared/i18n/resources';

/** Every user-visible string goes through here; English is the fallback for missing keys. */
export const resources = UI_RESOURCES;

/** `language` is a UI language or any locale tag (`uk-UA`); unsupported ones get English. */
export async function initI18n(language = 'en'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: pickUiLanguage(language),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
