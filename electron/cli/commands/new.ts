import path from 'node:path';
import { parseArgs } from 'node:util';
import { serializeMap } from '../../../shared/serialize';
import {
  localizeTemplate,
  newMapFromTemplate,
  type NewMapOptions,
  type Template,
} from '../../../shared/templates';
import { EXIT, UsageError, type CliContext } from '../context';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { exists } from '../files';
import { describeFileError, t } from '../messages';
import { loadExamples, loadTemplateTranslations, loadTemplates } from '../templates';
import type { CliCommand } from './command';

/** A BCP 47 language tag such as `uk`, `pt-BR` or `fa-IR`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * `journey-studio new --template ID --out FILE`: a new map file from a bundled template;
 * `--example ID` starts from a filled example instead, real content that keeps its own language.
 */
export const newCommand: CliCommand = {
  name: 'new',
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        template: { type: 'string' },
        example: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        language: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
    if (values.template !== undefined && values.example !== undefined)
      throw new UsageError(t('exampleOrTemplate'));
    if (values.example !== undefined && values.language !== undefined)
      throw new UsageError(t('exampleLanguage'));
    if (values.template === undefined && values.example === undefined)
      throw new UsageError(t('needOption', { option: 'template' }));
    if (values.out === undefined) throw new UsageError(t('needOption', { option: 'out' }));
    const template = await chosenTemplate(values.template, values.example, ctx);
    const { language } = values;
    if (language !== undefined && !LANGUAGE_TAG.test(language)) {
      throw new UsageError(t('badLanguage', { language }));
    }

    const file = path.resolve(ctx.cwd, values.out);
    if (!values.force && (await exists(file))) {
      ctx.stderr(`${t('fileExists', { file: values.out })}\n`);
      return EXIT.failed;
    }
    const options: NewMapOptions = {};
    if (values.title !== undefined) options.title = values.title;
    let source = template;
    if (language !== undefined) {
      options.language = language;
      // An example is real content in its own language: only a blank template is translated.
      const translations = await loadTemplateTranslations(ctx, language);
      if (values.example === undefined)
        source = localizeTemplate(template, translations?.[template.id]);
    }
    const map = newMapFromTemplate(source, options);
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
    const created = values.example === undefined ? 'created' : 'createdExample';
    ctx.stdout(`${t(created, { file: values.out, id: template.id })}\n`);
    return EXIT.ok;
  },
};

/** The template or example the options name; an unknown id is a usage error. */
async function chosenTemplate(
  templateId: string | undefined,
  exampleId: string | undefined,
  ctx: CliContext,
): Promise<Template> {
  if (exampleId !== undefined) {
    const example = (await loadExamples(ctx)).find(({ id }) => id === exampleId);
    if (!example) throw new UsageError(t('unknownExample', { id: exampleId }));
    return example;
  }
  const template = (await loadTemplates(ctx)).find(({ id }) => id === templateId);
  if (!template) throw new UsageError(t('unknownTemplate', { id: templateId }));
  return template;
}
