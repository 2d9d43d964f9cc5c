import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildTemplateCatalog, type Template } from '../../shared/templates';
import type { CliContext } from './context';
import { t } from './messages';

/**
 * The templates in `ctx.templatesDir` (none when the folder is missing); unusable template
 * files are named on stderr.
 */
export async function loadTemplates(ctx: CliContext): Promise<Template[]> {
  const all = await readdir(ctx.templatesDir).catch(() => [] as string[]);
  const names = all.filter((name) => name.endsWith('.journey.json'));
  const files: Record<string, string> = {};
  for (const name of names) files[name] = await readFile(path.join(ctx.templatesDir, name), 'utf8');
  return buildTemplateCatalog(files, (problem) => {
    if (problem.reason === 'duplicateId') {
      ctx.stderr(`${t('duplicateTemplate', { file: problem.fileName, id: problem.id })}\n`);
    } else {
      const detail = problem.problems.map((p) => p.message).join('; ');
      ctx.stderr(`${t('brokenTemplate', { file: problem.fileName, detail })}\n`);
    }
  });
}
