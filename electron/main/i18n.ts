/**
 * The main process's strings (menus, dialogs, errors) from the same locale files as the
 * renderer, through its own i18next instance.
 */
import i18next from 'i18next';
import { pickUiLanguage } from '../../shared/i18n/languages';
import { UI_RESOURCES } from '../../shared/i18n/resources';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `locale` is the OS locale (`app.getLocale()`, e.g. `uk-UA`); unsupported ones get English. */
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
