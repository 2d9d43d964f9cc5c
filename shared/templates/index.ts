export { buildTemplateCatalog, type Template, type TemplateFileProblem } from './catalog';
export { newMapFromTemplate, type NewMapOptions } from './newMap';
