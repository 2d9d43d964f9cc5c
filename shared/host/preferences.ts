import { isUiLanguage, pickUiLanguageFrom, type UiLanguage } from '../i18n/languages';
import type { ThemeChoice } from './host';

/**
 * The user's preferences (UI language, theme), kept by the Host: the desktop app's main
 * process stores them in its user-data folder and builds its menus and dialogs in that
 * language; the browser edition keeps them in localStorage. One reader for both.
 */

/** The UI language the user chose, or `system`: whatever the OS or browser prefers. */
export type LanguageChoice = 'system' | UiLanguage;

export interface Preferences {
  readonly language: LanguageChoice;
  readonly theme: ThemeChoice;
}

export const DEFAULT_PREFERENCES: Preferences = { language: 'system', theme: 'system' };

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'highContrast'];

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'system' || (typeof value === 'string' && isUiLanguage(value));
}

/**
 * Stored preferences as read back: anything unreadable (a value from an older version, a
 * hand-edited entry) falls back to the default field by field, so one bad field keeps the other.
 */
export function parsePreferences(stored: unknown): Preferences {
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return {
    language: isLanguageChoice(record.language) ? record.language : DEFAULT_PREFERENCES.language,
    theme: isThemeChoice(record.theme) ? record.theme : DEFAULT_PREFERENCES.theme,
  };
}

export function samePreferences(a: Preferences, b: Preferences): boolean {
  return a.language === b.language && a.theme === b.theme;
}

/** The UI language for a choice, `system` following the OS/browser's preferred languages. */
export function resolveLanguage(
  choice: LanguageChoice,
  systemLocales: readonly string[],
): UiLanguage {
  return choice === 'system' ? pickUiLanguageFrom(systemLocales) : choice;
}
