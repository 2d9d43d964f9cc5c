import { EXIT, UsageError } from '../context';
import { t } from '../messages';
import { loadExamples, loadTemplates } from '../templates';
import type { CliCommand } from './command';

/**
 * `journey-studio templates`: one line per template, `id<TAB>title`, for people and scripts;
 * then, after an `examples:` line, one per example, `id<TAB>language<TAB>title`.
 */
export const templatesCommand: CliCommand = {
  name: 'templates',
  async run(args, ctx) {
    if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}"`);
    const templates = await loadTemplates(ctx);
    if (templates.length === 0) {
      ctx.stderr(`${t('noTemplates', { dir: ctx.templatesDir })}\n`);
      return EXIT.failed;
    }
    for (const template of templates) ctx.stdout(`${template.id}\t${template.title}\n`);
    const examples = await loadExamples(ctx);
    if (examples.length > 0) ctx.stdout(`\n${t('examplesHeading')}\n`);
    for (const { id, map } of examples) ctx.stdout(`${id}\t${map.language}\t${map.title}\n`);
    return EXIT.ok;
  },
};
