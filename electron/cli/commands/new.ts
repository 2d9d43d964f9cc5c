import path from 'node:path';
import { parseArgs } from 'node:util';
import { serializeMap } from '../../../shared/serialize';
import { newMapFromTemplate } from '../../../shared/templates';
import { EXIT, UsageError } from '../context';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { exists } from '../files';
import { describeFileError, t } from '../messages';
import { loadTemplates } from '../templates';
import type { CliCommand } from './command';

/** `journey-studio new --template ID --out FILE`: a new map file from a bundled template. */
export const newCommand: CliCommand = {
  name: 'new',
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        template: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
    if (values.template === undefined)
      throw new UsageError(t('needOption', { option: 'template' }));
    if (values.out === undefined) throw new UsageError(t('needOption', { option: 'out' }));
    const template = (await loadTemplates(ctx)).find(({ id }) => id === values.template);
    if (!template) throw new UsageError(t('unknownTemplate', { id: values.template }));

    const file = path.resolve(ctx.cwd, values.out);
    if (!values.force && (await exists(file))) {
      ctx.stderr(`${t('fileExists', { file: values.out })}\n`);
      return EXIT.failed;
    }
    const map = newMapFromTemplate(
      template,
      values.title === undefined ? {} : { title: values.title },
    );
    try {
      await writeFileAtomic(file, serializeMap(map), { exclusive: !values.force });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const message =
        code === 'EEXIST'
          ? t('fileExists', { file: values.out })
          : t('writeFailed', { file: values.out, reason: describeFileError(error) });
      ctx.stderr(`${message}\n`);
      return EXIT.failed;
    }
    ctx.stdout(`${t('created', { file: values.out, id: template.id })}\n`);
    return EXIT.ok;
  },
};
