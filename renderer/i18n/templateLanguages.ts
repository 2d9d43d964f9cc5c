import type { UiLanguage } from '../../shared/i18n/languages';
import {
  localizeTemplate,
  parseTemplateTranslations,
  type Template,
  type TemplateTranslations,
} from '../../shared/templates';
import { TEMPLATES } from '../gallery/templateCatalog';

// The bundled templates' translations (templates/i18n/LANG.json), as text through the gate.
const files = import.meta.glob<string>('../../templates/i18n/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const translations = new Map<string, TemplateTranslations>();
for (const [path, text] of Object.entries(files)) {
  const language = /([a-z]{2,3})\.json$/.exec(path)?.[1];
  const parsed = parseTemplateTranslations(text);
  if (language && parsed) translations.set(language, parsed);
  // A broken file only loses its translation: the templates stay English.
  else console.warn(`template translations ${path} skipped`);
}

const catalogs = new Map<UiLanguage, readonly Template[]>();

/**
 * The template catalogue in a content language: titles, descriptions, stage and lane names
 * translated where the translations have them. English is the templates' own language.
 */
export function templatesIn(language: UiLanguage): readonly Template[] {
  let catalog = catalogs.get(language);
  if (!catalog) {
    const translation = translations.get(language);
    catalog = translation
      ? TEMPLATES.map((template) => localizeTemplate(template, translation[template.id]))
      : TEMPLATES;
    catalogs.set(language, catalog);
  }
  return catalog;
}
