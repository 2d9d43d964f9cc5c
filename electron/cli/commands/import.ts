import path from 'node:path';
import { parseArgs } from 'node:util';
import type { JourneyMap } from '../../../shared/model';
import { serializeMap } from '../../../shared/serialize';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { EXIT, UsageError, type CliContext } from '../context';
import { exists } from '../files';
import { IMPORTERS } from '../importers';
import { describeFileError, t } from '../messages';
import type { CliCommand } from './command';
import { LANGUAGE_TAG } from './new';

/**
 * `journey-studio import FILE --out MAP [--language LANG] [--force]`: a new map from another
 * tool's file, chosen by FILE's extension (`importers.ts`: `.mmd`/`.mermaid` a Mermaid user
 * journey, `.csv`/`.tsv`/`.xlsx` a cards table). Exit 0 written; 1 when FILE cannot be read
 * or imported (each problem named with its line or row, nothing written) or MAP exists
 * without --force (as `new` does); 2 bad usage or a kind of file it does not import. MAP is
 * written atomically.
 */
export const importCommand: CliCommand = {
  name: 'import',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        language: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError(t('needOneFile'));
    const [source = ''] = positionals;
    if (values.out === undefined) throw new UsageError(t('needOption', { option: 'out' }));
    const { language } = values;
    if (language !== undefined && !LANGUAGE_TAG.test(language)) {
      throw new UsageError(t('badLanguage', { language }));
    }
    const extension = path.extname(source).toLowerCase();
    const importer = IMPORTERS[extension];
    if (!importer) {
      ctx.stderr(`${t('importUnsupported', { file: source, extension: extension || source })}\n`);
      return EXIT.usage;
    }
    const fail = (lines: readonly string[]): number => {
      for (const line of lines) ctx.stderr(`${line}\n`);
      return EXIT.failed;
    };
    const out = path.resolve(ctx.cwd, values.out);
    if (!values.force && (await exists(out))) {
      return fail([t('fileExists', { file: values.out })]);
    }

    let imported;
    try {
      imported = await importer(path.resolve(ctx.cwd, source), source, language);
    } catch (error) {
      return fail([`${source}: ${t('readFailed', { reason: describeFileError(error) })}`]);
    }
    if (!imported.ok) return fail(imported.errors);
    for (const warning of imported.warnings) ctx.stderr(`${warning}\n`);
    return write(imported.map, { out, name: values.out, source, exclusive: !values.force }, ctx);
  },
};

async function write(
  map: JourneyMap,
  file: { out: string; name: string; source: string; exclusive: boolean },
  ctx: CliContext,
): Promise<number> {
  try {
    await writeFileAtomic(file.out, serializeMap(map), { exclusive: file.exclusive });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    ctx.stderr(
      `${
        code === 'EEXIST'
          ? t('fileExists', { file: file.name })
          : t('writeFailed', { file: file.name, reason: describeFileError(error) })
      }\n`,
    );
    return EXIT.failed;
  }
  ctx.stdout(
    `${t('imported', {
      file: file.name,
      source: file.source,
      stages: map.stages.length,
      cards: map.cards.length,
      personas: map.personas.length,
    })}\n`,
  );
  return EXIT.ok;
}
