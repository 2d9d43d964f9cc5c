import { EXIT, UsageError } from '../context';
import { t } from '../messages';
import { loadTemplates } from '../templates';
import type { CliCommand } from './command';

/** `journey-studio templates`: one line per template, `id<TAB>title`, for people and scripts. */
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
    return EXIT.ok;
  },
};
