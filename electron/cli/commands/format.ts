import { parseArgs } from 'node:util';
import { serializeMap } from '../../../shared/serialize';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { EXIT, UsageError, type CliContext } from '../context';
import { loadMapFile, printRepairs } from '../loadFile';
import { describeFileError, t } from '../messages';
import type { CliCommand } from './command';

/** What became of one file. */
type Outcome = 'canonical' | 'rewritten' | 'notCanonical' | 'trouble';

/**
 * `journey-studio format [--check] FILE...`: rewrites each map in the form the app saves
 * (the loader's safe repairs applied and printed, keys and records in canonical order), so
 * that tools that generate maps and people who edit them by hand produce the same lines.
 * The write is atomic; a file that cannot be loaded is reported and left as it is.
 * `--check` changes nothing: it names the files that are not canonical and exits 1 (for CI
 * and pre-commit hooks). Exit 2 when a file cannot be read or loaded, or on bad usage.
 */
export const formatCommand: CliCommand = {
  name: 'format',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      options: { check: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length === 0) throw new UsageError(t('needFiles'));
    const outcomes: Outcome[] = [];
    for (const file of positionals) outcomes.push(await formatFile(file, values.check, ctx));
    if (outcomes.includes('trouble')) return EXIT.usage;
    return outcomes.includes('notCanonical') ? EXIT.failed : EXIT.ok;
  },
};

async function formatFile(file: string, check: boolean, ctx: CliContext): Promise<Outcome> {
  const loaded = await loadMapFile(file, ctx);
  if (!loaded.ok) return 'trouble';
  printRepairs(file, loaded.warnings, ctx);
  const line = (text: string): void => ctx.stdout(`${file}: ${text}\n`);
  const canonical = serializeMap(loaded.map);
  if (canonical === loaded.text) {
    if (!check) line(t('format.unchanged'));
    return 'canonical';
  }
  if (check) {
    line(t('format.notCanonical'));
    return 'notCanonical';
  }
  try {
    await writeFileAtomic(loaded.file, canonical);
  } catch (error) {
    line(t('writeFailed', { file, reason: describeFileError(error) }));
    return 'trouble';
  }
  line(t('format.rewritten'));
  return 'rewritten';
}
