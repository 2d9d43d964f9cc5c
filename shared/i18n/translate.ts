import i18next from 'i18next';
import { pickUiLanguage } from './languages';
import { UI_RESOURCES } from './resources';

/** The part of i18next's `t` that callers outside React need. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * A translator fixed to one language, on an i18next instance of its own (so the app's
 * instance and its current UI language stay untouched): for the main process (the OS
 * locale) and for deliverables, which speak the map's language rather than the UI's.
 * `locale` may be any tag (`uk-UA`); unsupported ones get English.
 */
export function createTranslate(locale: string | undefined): Translate {
  const instance = i18next.createInstance();
  // Resources are in memory, so init finishes synchronously with initAsync off.
  void instance.init({
    resources: UI_RESOURCES,
    lng: pickUiLanguage(locale),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (key, values) => instance.t(key, values ?? {});
}
