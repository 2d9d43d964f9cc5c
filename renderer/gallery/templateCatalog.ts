import { buildTemplateCatalog, type Template } from '../../shared/templates';

// The bundled templates, as text, loaded through the same gate as any file.
const files = import.meta.glob<string>('../../templates/*.journey.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The template catalogue, in the order of the files' numbers. */
export const TEMPLATES: readonly Template[] = buildTemplateCatalog(files, (problem) => {
  // Only a broken installation gets here (the tests load every bundled template).
  console.warn(`template ${problem.fileName} skipped: ${problem.reason}`);
});
