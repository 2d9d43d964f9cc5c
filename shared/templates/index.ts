export { buildTemplateCatalog, type Template, type TemplateFileProblem } from './catalog';
export { newMapFromTemplate, type NewMapOptions } from './newMap';
export {
  localizeTemplate,
  parseTemplateTranslations,
  TemplateTranslationsSchema,
  type TemplateTranslation,
  type TemplateTranslations,
} from './localize';
