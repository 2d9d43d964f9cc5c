import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTranslate, type Translate } from '../../../shared/i18n/translate';
import { englishT } from '../../../shared/load';
import { formatMermaidProblem, mermaidToMap, type MermaidImport } from '../../../shared/mermaid';
import type { JourneyMap } from '../../../shared/model';
import { serializeMap } from '../../../shared/serialize';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { EXIT, UsageError, type CliContext } from '../context';
import { exists, readMapFile } from '../files';
import { describeFileError, t } from '../messages';
import type { CliCommand } from './command';
import { LANGUAGE_TAG } from './new';

/** Turns a file's text into a map; `names` translates what the importer names itself. */
type Importer = (
  text: string,
  words: Translate,
  names: Translate,
  language?: string,
) => MermaidImport;

/**
 * The importers by file extension. CSV and XLSX join here later; any other extension is
 * refused as "not supported yet" (exit 2).
 */
const IMPORTERS: Readonly<Record<string, Importer>> = {
  '.mmd': mermaidImporter,
  '.mermaid': mermaidImporter,
};

function mermaidImporter(
  text: string,
  words: Translate,
  names: Translate,
  language?: string,
): MermaidImport {
  return mermaidToMap(text, words, { names, ...(language === undefined ? {} : { language }) });
}

/**
 * `journey-studio import FILE --out MAP [--language LANG] [--force]`: a new map from another
 * tool's file, chosen by FILE's extension (`.mmd`/`.mermaid`: a Mermaid user journey).
 * Exit 0 written; 1 when FILE cannot be read or imported (each problem named with its line,
 * nothing written) or MAP exists without --force (as `new` does); 2 bad usage or a kind of
 * file not supported yet. MAP is written atomically.
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

    let read;
    try {
      read = await readMapFile(path.resolve(ctx.cwd, source));
    } catch (error) {
      return fail([`${source}: ${t('readFailed', { reason: describeFileError(error) })}`]);
    }
    if (!read.ok) return fail([`${source}: ${read.problem.message}`]);
    const words = englishT();
    const imported = importer(read.text, words, createTranslate(language ?? 'en'), language);
    const located = (problem: Parameters<typeof formatMermaidProblem>[0]): string =>
      `${source}: ${formatMermaidProblem(problem, words)}`;
    if (!imported.ok) return fail(imported.errors.map(located));
    for (const warning of imported.warnings) {
      ctx.stderr(
        `${located({ ...warning, message: t('warning', { message: warning.message }) })}\n`,
      );
    }
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
