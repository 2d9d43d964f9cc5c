/**
 * The languages of the UI. The locale files beside this one are plain data shared by the
 * renderer and the main process (menus, dialogs), so both speak the same words; their
 * i18next resources are in `resources.ts`.
 */
export const UI_LANGUAGES = ['en', 'uk', 'ru', 'pl', 'fa'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export type TextDirection = 'ltr' | 'rtl';

export function isUiLanguage(tag: string): tag is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(tag);
}

/** Picks the supported UI language for an OS or browser locale such as `uk-UA`. */
export function pickUiLanguage(locale: string | undefined): UiLanguage {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isUiLanguage(base) ? base : 'en';
}

/**
 * The UI language for a list of preferred locales, best first (a browser's
 * `navigator.languages`): the first one the UI speaks, else English. `['de-DE', 'pl']` gives
 * Polish, where the first entry alone would give English.
 */
export function pickUiLanguageFrom(locales: readonly string[]): UiLanguage {
  for (const locale of locales) {
    const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

/** Languages written right to left: a map in one runs its stages from right to left. */
const RTL_LANGUAGES = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);

export function isRtlLanguage(tag: string): boolean {
  return RTL_LANGUAGES.has(tag.toLowerCase().split(/[-_]/)[0] ?? '');
}

/** The base direction of text (and of the mirrored UI) in a language. */
export function textDirection(tag: string): TextDirection {
  return isRtlLanguage(tag) ? 'rtl' : 'ltr';
}

/** What a language picker shows and how the UI lays out in one language. */
export interface UiLanguageInfo {
  readonly code: UiLanguage;
  /** The language's name in itself, so that a reader finds it whatever the UI speaks now. */
  readonly nativeName: string;
  readonly dir: TextDirection;
}

const NATIVE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  fa: 'فارسی',
};

/** Every UI language in the order a picker lists them. */
export const UI_LANGUAGE_INFO: readonly UiLanguageInfo[] = UI_LANGUAGES.map((code) => ({
  code,
  nativeName: NATIVE_NAMES[code],
  dir: textDirection(code),
}));
