import type { UiLanguage } from './languages';
import en from './locales/en.json';
import fa from './locales/fa.json';
import pl from './locales/pl.json';
import ru from './locales/ru.json';
import uk from './locales/uk.json';

/**
 * The i18next resources of every UI language, for the renderer's instance and the main
 * process's alike. A key a locale lacks (the `cli` section, which stays English by design)
 * falls back to English through `fallbackLng: 'en'`.
 */
export const UI_RESOURCES = {
  en: { translation: en },
  uk: { translation: uk },
  ru: { translation: ru },
  pl: { translation: pl },
  fa: { translation: fa },
} as const satisfies Record<UiLanguage, { translation: object }>;
