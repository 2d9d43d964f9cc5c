import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../../../electron/main/i18n';
import { UI_LANGUAGES } from '../../../../shared/i18n/languages';
import { UI_RESOURCES } from '../../../../shared/i18n/resources';
import {
  generalForm,
  isPlural,
  localeEntries,
  placeholders,
  sorted,
  union,
  type Forms,
} from './localeEntries';

/**
 * Sections that stay English: `cli` because the command line speaks English by design (its
 * output lands in CI logs and scripts that grep it), `smoke` because it is a placeholder
 * that goes away with the canvas. Every other section of en.json, including ones added
 * later, must be in every locale: this test fails, naming the keys, until they are.
 */
const ENGLISH_ONLY_SECTIONS = ['cli', 'smoke'];

/** Words that read the same in the language (or are names no one translates). */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  all: ['OK', 'SMS', 'KPI', 'PDF', 'null', 'NaN'],
  pl: ['Format', 'Persona', 'Partner', 'Emoji', 'persona', 'emoji', 'status'],
};
/**
 * Keys whose text is printed on the keyboard itself (Enter, Esc, Tab, F2 …): keyboards sold
 * in Ukraine, Russia, Poland and Iran carry the same Latin key caps, so the names stay.
 */
const KEY_CAPS = /^shortcuts\.keys\./;
/** Left of a string once names, format names and placeholders are taken out. */
const NAMES = /Journey Studio|PDF|PNG|SVG|JSON|\{\{.+?\}\}/g;

/** English quotation marks that a locale must replace with its own (« » or „ ”). */
const FOREIGN_QUOTES: Record<string, RegExp> = { uk: /[“”]/, ru: /[“”]/, fa: /[“”]/, pl: /“/ };

const english = localeEntries(UI_RESOURCES.en.translation, ENGLISH_ONLY_SECTIONS);
const locales = UI_LANGUAGES.filter((language) => language !== 'en');

function problems(
  entries: ReadonlyMap<string, Forms>,
  check: (key: string, forms: Forms, englishForms: Forms) => string[],
): string[] {
  return [...entries].flatMap(([key, forms]) => {
    const englishForms = english.get(key);
    return englishForms ? check(key, forms, englishForms) : [];
  });
}

describe.each(locales)('the %s locale', (language) => {
  const entries = localeEntries(UI_RESOURCES[language].translation, ENGLISH_ONLY_SECTIONS);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  test('has every key that English has', () => {
    const missing = [...english.keys()].filter((key) => !entries.has(key));
    expect(missing, `keys missing in ${language}.json`).toEqual([]);
  });

  test('has no key that English lacks', () => {
    const extra = [...entries.keys()].filter((key) => !english.has(key));
    expect(extra, `keys in ${language}.json that en.json does not have`).toEqual([]);
  });

  test(`gives plural keys the language's plural categories (${categories.join(', ')})`, () => {
    const found = problems(entries, (key, forms, englishForms) => {
      if (!isPlural(forms) && !isPlural(englishForms)) return [];
      const has = sorted(forms.keys());
      return has.join() === sorted(categories).join()
        ? []
        : [`${key}: has _${has.join(', _')}; needs _${sorted(categories).join(', _')}`];
    });
    expect(found, `plural forms in ${language}.json`).toEqual([]);
  });

  test('keeps the placeholders of every English string', () => {
    const found = problems(entries, (key, forms, englishForms) => {
      const wanted = union([...englishForms.values()].map(placeholders));
      const out: string[] = [];
      for (const [category, text] of forms) {
        const name = category ? `${key}_${category}` : key;
        for (const p of placeholders(text)) {
          if (!wanted.has(p)) out.push(`${name}: {{${p}}} is not in English`);
        }
      }
      // The general form (`_other`) says all that English's does; `_one` may say less.
      const general = placeholders(generalForm(forms));
      const all = union([...forms.values()].map(placeholders));
      for (const p of wanted) {
        if (!all.has(p)) out.push(`${key}: lacks {{${p}}}`);
        else if (placeholders(generalForm(englishForms)).has(p) && !general.has(p)) {
          out.push(`${key}: the general form lacks {{${p}}}`);
        }
      }
      return out;
    });
    expect(found, `placeholders in ${language}.json`).toEqual([]);
  });

  test('has no empty string', () => {
    const empty = problems(entries, (key, forms) =>
      [...forms].filter(([, text]) => text.trim() === '').map(([c]) => (c ? `${key}_${c}` : key)),
    );
    expect(empty).toEqual([]);
  });

  test('leaves no string in English', () => {
    const allowed = new Set([...(SAME_AS_ENGLISH.all ?? []), ...(SAME_AS_ENGLISH[language] ?? [])]);
    const untranslated = problems(entries, (key, forms, englishForms) => {
      if (KEY_CAPS.test(key)) return [];
      const englishTexts = new Set(englishForms.values());
      return [...forms.values()]
        .filter((text) => englishTexts.has(text) && !allowed.has(text.replace(NAMES, '').trim()))
        .filter((text) => /\p{L}/u.test(text.replace(NAMES, '')))
        .map((text) => `${key}: ${text}`);
    });
    expect(untranslated, `strings in ${language}.json identical to English`).toEqual([]);
  });

  test('uses its own quotation marks and the ellipsis character', () => {
    const found = problems(entries, (key, forms) =>
      [...forms.values()]
        .filter((text) => FOREIGN_QUOTES[language]?.test(text) || text.includes('...'))
        .map((text) => `${key}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});

describe('translations in use', () => {
  test('the main process labels its menus in the OS language', () => {
    const labels = (locale: string) => {
      const t = createTranslate(locale);
      return [t('menu.file'), t('menu.saveAs'), t('menu.edit'), t('menu.help')];
    };
    expect(labels('uk-UA')).toEqual(['Файл', 'Зберегти як…', 'Редагування', 'Довідка']);
    expect(labels('ru-RU')).toEqual(['Файл', 'Сохранить как…', 'Правка', 'Справка']);
    expect(labels('pl-PL')).toEqual(['Plik', 'Zapisz jako…', 'Edycja', 'Pomoc']);
    expect(labels('fa-IR')).toEqual(['فایل', 'ذخیره به‌عنوان…', 'ویرایش', 'راهنما']);
    expect(labels('de-DE')).toEqual(['File', 'Save As…', 'Edit', 'Help']);
  });

  test('dialogs fill in names with the language’s quotation marks', () => {
    expect(createTranslate('uk')('desktop.closePrompt.message', { name: 'Квиток' })).toBe(
      'Зберегти зміни, внесені до «Квиток»?',
    );
    expect(createTranslate('pl')('desktop.overwritePrompt.message', { name: 'mapa.pdf' })).toBe(
      'Plik „mapa.pdf” już istnieje. Czy chcesz go zastąpić?',
    );
  });

  test('counts take the plural form the language needs', () => {
    const t = createTranslate('uk');
    const pages = (count: number) => t('export.pdf.tileCount', { count, columns: 1, rows: count });
    expect(pages(3)).toContain('3 сторінки');
    expect(pages(5)).toContain('5 сторінок');
    expect(pages(21)).toContain('21 сторінку');
    expect(createTranslate('pl')('load.moreProblems', { count: 12 })).toContain('12 problemów');
    expect(createTranslate('ru')('load.moreProblems', { count: 2 })).toContain('2 проблемы');
  });

  test('Persian shows formatted numbers in Persian digits', () => {
    const message = createTranslate('fa')('load.tooFew', { count: 3, minimum: 12 });
    expect(message).toBe('تعداد موارد خیلی کم: ۳؛ دست‌کم ۱۲');
  });

  test('the command line section stays English in every language', () => {
    expect(createTranslate('uk')('cli.valid')).toBe('valid');
  });
});
