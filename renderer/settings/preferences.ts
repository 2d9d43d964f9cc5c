import type { ThemeChoice } from '../../shared/host';
import { isUiLanguage, pickUiLanguageFrom, type UiLanguage } from '../../shared/i18n/languages';

/** The UI language the user chose, or `system`: whatever the OS or browser prefers. */
export type LanguageChoice = 'system' | UiLanguage;
/** The theme actually drawn once `system` is resolved against the OS. */
export type AppliedTheme = Exclude<ThemeChoice, 'system'>;

export interface Preferences {
  readonly language: LanguageChoice;
  readonly theme: ThemeChoice;
}

export const DEFAULT_PREFERENCES: Preferences = { language: 'system', theme: 'system' };

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'highContrast'];

/** One key in the window's localStorage (the browser edition's and the desktop window's alike). */
export const PREFERENCES_KEY = 'journey-studio.preferences';

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem'>;

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'system' || (typeof value === 'string' && isUiLanguage(value));
}

/**
 * The stored preferences; anything unreadable (no storage, a value from an older version,
 * a hand-edited entry) falls back to the default field by field, so one bad field keeps the other.
 */
export function readPreferences(storage: Reader | null): Preferences {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(PREFERENCES_KEY) ?? 'null');
  } catch {
    stored = null;
  }
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return {
    language: isLanguageChoice(record.language) ? record.language : DEFAULT_PREFERENCES.language,
    theme: isThemeChoice(record.theme) ? record.theme : DEFAULT_PREFERENCES.theme,
  };
}

export function writePreferences(storage: Writer | null, preferences: Preferences): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // Storage full or denied (private windows): the choice still holds until the window closes.
  }
}

/** The UI language for a choice, `system` following the OS/browser's preferred languages. */
export function resolveLanguage(
  choice: LanguageChoice,
  systemLocales: readonly string[],
): UiLanguage {
  return choice === 'system' ? pickUiLanguageFrom(systemLocales) : choice;
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): AppliedTheme {
  if (choice !== 'system') return choice;
  return systemDark ? 'dark' : 'light';
}
