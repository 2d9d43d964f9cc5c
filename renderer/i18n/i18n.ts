import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../shared/i18n/locales/en.json';

/** Every user-visible string goes through here; English is the fallback for missing keys. */
export const resources = { en: { translation: en } } as const;

export async function initI18n(language = 'en'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
