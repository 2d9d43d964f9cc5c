import { buildTemplateCatalog, type Template } from '../../shared/templates';

// The filled example maps, as text, loaded through the same gate as any file. Unlike the
// blank templates they are not translated: they are real content in their own language.
const files = import.meta.glob<string>('../../templates/examples/*.journey.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The example catalogue, in the order of the files' numbers. */
export const EXAMPLES: readonly Template[] = buildTemplateCatalog(files, (problem) => {
  // Only a broken installation gets here (the tests load every bundled example).
  console.warn(`example ${problem.fileName} skipped: ${problem.reason}`);
});
