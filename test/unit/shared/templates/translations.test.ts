import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializeMap } from '../../../../shared/serialize';
import { loadMap } from '../../../../shared/load';
import {
  buildTemplateCatalog,
  localizeTemplate,
  newMapFromTemplate,
  parseTemplateTranslations,
} from '../../../../shared/templates';

const dir = path.resolve('templates');
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((name) => name.endsWith('.journey.json'))
    .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
);
const catalog = buildTemplateCatalog(files);
const LANGUAGES = ['uk', 'ru', 'pl', 'fa'];

describe.each(LANGUAGES)('template translations: %s', (language) => {
  const translations = parseTemplateTranslations(
    readFileSync(path.join(dir, 'i18n', `${language}.json`), 'utf8'),
  );

  test('the file is well-formed and covers exactly the bundled templates', () => {
    expect(translations).not.toBeNull();
    expect(Object.keys(translations ?? {}).sort()).toEqual(catalog.map((t) => t.id).sort());
  });

  test.each(catalog.map((t) => [t.id, t] as const))(
    '%s: every stage and lane, nothing else',
    (_id, template) => {
      const translation = translations?.[template.id];
      expect(Object.keys(translation?.stages ?? {}).sort()).toEqual(
        template.map.stages.map((s) => s.id).sort(),
      );
      expect(Object.keys(translation?.lanes ?? {}).sort()).toEqual(
        template.map.lanes.map((l) => l.id).sort(),
      );
      for (const name of [translation?.title, ...Object.values(translation?.stages ?? {})]) {
        expect(name?.trim()).toBeTruthy();
      }
      // Translated, not copied: at least the title differs from English (AIDA keeps its acronym inside).
      expect(translation?.title).not.toBe(template.title);
      const map = newMapFromTemplate(localizeTemplate(template, translation), { language });
      const reloaded = loadMap(serializeMap(map));
      expect(reloaded.ok && reloaded.warnings).toEqual([]);
      expect(map.direction).toBe(language === 'fa' ? 'rtl' : 'ltr');
    },
  );
});

test('a broken translations file is ignored, not fatal', () => {
  expect(parseTemplateTranslations('{"classic": {"title": 3}}')).toBeNull();
  expect(parseTemplateTranslations('not json')).toBeNull();
  const [template] = catalog;
  if (!template) throw new Error('no templates');
  expect(localizeTemplate(template, undefined)).toBe(template);
});
