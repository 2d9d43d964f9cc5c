/**
 * The main process's strings (menus, dialogs, errors) from the same locale files as the
 * renderer, in the UI language: the one chosen in Settings, else the OS's.
 */
import { createTranslate, type Translate } from '../../shared/i18n/translate';

export { createTranslate, type Translate };

/**
 * A Translate whose language can change while the app runs (Settings): menus rebuilt and
 * dialogs shown after `switchTo` speak the new language.
 */
export function switchableTranslate(locale: string): {
  readonly t: Translate;
  switchTo(locale: string): void;
} {
  let current = createTranslate(locale);
  return {
    t: (key, values) => current(key, values),
    switchTo: (next) => {
      current = createTranslate(next);
    },
  };
}
