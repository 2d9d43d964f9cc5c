import i18next from 'i18next';
import type { Host } from '../../shared/host';
import { textDirection, type UiLanguage } from '../../shared/i18n/languages';
import { initI18n } from '../i18n/i18n';
import type { AppliedTheme } from './preferences';
import {
  createSettingsStore,
  installSettingsStore,
  selectLanguage,
  selectTheme,
  type SettingsStore,
} from './settingsStore';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function browserLocales(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/** `<html lang dir data-theme>`: the whole UI mirrors in a right-to-left language. */
export function applyToDocument(language: UiLanguage, theme: AppliedTheme): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = textDirection(language);
  root.dataset.theme = theme;
}

/**
 * Reads the preferences from the host, starts i18next in the chosen (or the OS/browser's) language,
 * and keeps the document and i18next following later choices and OS changes (language list,
 * dark mode), without a reload.
 */
export async function startSettings(host: Host): Promise<SettingsStore> {
  const media = window.matchMedia(DARK_QUERY);
  const store = installSettingsStore(
    createSettingsStore(
      await host.readPreferences(),
      (preferences) => host.writePreferences(preferences),
      { locales: browserLocales(), dark: media.matches },
    ),
  );
  let language = selectLanguage(store.getState());
  let theme = selectTheme(store.getState());
  await initI18n(language);
  applyToDocument(language, theme);

  store.subscribe((state) => {
    const nextLanguage = selectLanguage(state);
    const nextTheme = selectTheme(state);
    if (nextLanguage === language && nextTheme === theme) return;
    language = nextLanguage;
    theme = nextTheme;
    applyToDocument(language, theme);
    void i18next.changeLanguage(language);
  });
  media.addEventListener('change', (event) => store.getState().setSystem({ dark: event.matches }));
  window.addEventListener('languagechange', () =>
    store.getState().setSystem({ locales: browserLocales() }),
  );
  return store;
}
