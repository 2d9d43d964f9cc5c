import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildTemplateCatalog,
  parseTemplateTranslations,
  type Template,
  type TemplateTranslations,
} from '../../shared/templates';
import type { CliContext } from './context';
import { t } from './messages';

/**
 * The templates in `ctx.templatesDir` (none when the folder is missing); unusable template
 * files are named on stderr.
 */
export function loadTemplates(ctx: CliContext): Promise<Template[]> {
  return loadCatalog(ctx, ctx.templatesDir);
}

/** The filled example maps, `templatesDir/examples/NN-id.journey.json` (kept in their language). */
export function loadExamples(ctx: CliContext): Promise<Template[]> {
  return loadCatalog(ctx, path.join(ctx.templatesDir, 'examples'));
}

async function loadCatalog(ctx: CliContext, dir: string): Promise<Template[]> {
  const all = await readdir(dir).catch(() => [] as string[]);
  const names = all.filter((name) => name.endsWith('.journey.json'));
  const files: Record<string, string> = {};
  for (const name of names) files[name] = await readFile(path.join(dir, name), 'utf8');
  return buildTemplateCatalog(files, (problem) => {
    if (problem.reason === 'duplicateId') {
      ctx.stderr(`${t('duplicateTemplate', { file: problem.fileName, id: problem.id })}\n`);
    } else {
      const detail = problem.problems.map((p) => p.message).join('; ');
      ctx.stderr(`${t('brokenTemplate', { file: problem.fileName, detail })}\n`);
    }
  });
}

/**
 * The templates' translations into `language` (`templatesDir/i18n/LANG.json`), or null when
 * the app has none for it (the templates then stay English).
 */
export async function loadTemplateTranslations(
  ctx: CliContext,
  language: string,
): Promise<TemplateTranslations | null> {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(base)) return null;
  const text = await readFile(path.join(ctx.templatesDir, 'i18n', `${base}.json`), 'utf8').catch(
    () => null,
  );
  return text === null ? null : parseTemplateTranslations(text);
}
