import { UI_LANGUAGE_INFO, type UiLanguage } from '../../shared/i18n/languages';

/** A UI language's name in itself (`Українська`), as pickers show it. */
export function nativeName(language: UiLanguage): string {
  return UI_LANGUAGE_INFO.find((info) => info.code === language)?.nativeName ?? language;
}
