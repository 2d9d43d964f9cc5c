import { describe, expect, test } from 'vitest';
import {
  pickUiLanguage,
  pickUiLanguageFrom,
  textDirection,
  UI_LANGUAGE_INFO,
  UI_LANGUAGES,
} from '../../../../shared/i18n/languages';
import { UI_RESOURCES } from '../../../../shared/i18n/resources';

describe('UI languages', () => {
  test('the OS or browser locale picks the UI language; others get English', () => {
    expect(pickUiLanguage('uk-UA')).toBe('uk');
    expect(pickUiLanguage('ru_RU')).toBe('ru');
    expect(pickUiLanguage('PL')).toBe('pl');
    expect(pickUiLanguage('fa-IR')).toBe('fa');
    expect(pickUiLanguage('en-GB')).toBe('en');
    expect(pickUiLanguage('de-DE')).toBe('en');
    expect(pickUiLanguage('')).toBe('en');
    expect(pickUiLanguage(undefined)).toBe('en');
  });

  test('a list of preferred locales picks the first one the UI speaks', () => {
    expect(pickUiLanguageFrom(['de-DE', 'pl-PL', 'uk'])).toBe('pl');
    expect(pickUiLanguageFrom(['fa-IR', 'en-US'])).toBe('fa');
    expect(pickUiLanguageFrom(['de-DE', 'fr'])).toBe('en');
    expect(pickUiLanguageFrom([])).toBe('en');
  });

  test('a language picker lists each language by its own name, Persian right to left', () => {
    expect(UI_LANGUAGE_INFO.map((l) => [l.code, l.nativeName, l.dir])).toEqual([
      ['en', 'English', 'ltr'],
      ['uk', 'Українська', 'ltr'],
      ['ru', 'Русский', 'ltr'],
      ['pl', 'Polski', 'ltr'],
      ['fa', 'فارسی', 'rtl'],
    ]);
    expect(textDirection('fa-IR')).toBe('rtl');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('uk-UA')).toBe('ltr');
  });

  test('every UI language has its resources', () => {
    expect(Object.keys(UI_RESOURCES).sort()).toEqual([...UI_LANGUAGES].sort());
  });
});
