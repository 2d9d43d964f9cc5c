import type { ThemeChoice } from '../../shared/host';
import { parsePreferences, type Preferences } from '../../shared/host';

/** The theme actually drawn once `system` is resolved against the OS. */
export type AppliedTheme = Exclude<ThemeChoice, 'system'>;

/** The browser edition keeps the preferences under one key in localStorage. */
export const PREFERENCES_KEY = 'journey-studio.preferences';

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem'>;

/** The stored preferences; no storage or a damaged entry gives the defaults (field by field). */
export function readPreferences(storage: Reader | null): Preferences {
  try {
    return parsePreferences(JSON.parse(storage?.getItem(PREFERENCES_KEY) ?? 'null'));
  } catch {
    return parsePreferences(null);
  }
}

export function writePreferences(storage: Writer | null, preferences: Preferences): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // Storage full or denied (private windows): the choice still holds until the window closes.
  }
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): AppliedTheme {
  if (choice !== 'system') return choice;
  return systemDark ? 'dark' : 'light';
}
