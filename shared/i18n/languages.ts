/**
 * The languages of the UI. The locale files beside this one are plain data shared by the
 * renderer and the main process (menus, dialogs), so both speak the same words.
 */
export const UI_LANGUAGES = ['en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Picks the supported UI language for an OS or browser locale such as `uk-UA`. */
export function pickUiLanguage(locale: string | undefined): UiLanguage {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (UI_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as UiLanguage) : 'en';
}

/** Languages written right to left: a map in one runs its stages from right to left. */
const RTL_LANGUAGES = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);

export function isRtlLanguage(tag: string): boolean {
  return RTL_LANGUAGES.has(tag.toLowerCase().split(/[-_]/)[0] ?? '');
}
