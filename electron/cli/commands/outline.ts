import path from 'node:path';
import { parseArgs } from 'node:util';
import { outlineMap } from '../../../shared/diff';
import { createTranslate } from '../../../shared/i18n/translate';
import { loadMap } from '../../../shared/load';
import { EXIT, UsageError } from '../context';
import { readMapFile } from '../files';
import { t } from '../messages';
import type { CliCommand } from './command';

/**
 * `journey-studio outline FILE [--language LANG]`: the map as text, one line per record with
 * its fields below. git runs it as the `textconv` of `*.journey.json` files, so that
 * `git log -p` and `git show` (which do not run diff drivers without `--ext-diff`) line-diff
 * words rather than JSON. A file that is not a loadable map (conflict markers) is printed as
 * it is, because git gives up on the whole command when a textconv fails.
 */
export const outlineCommand: CliCommand = {
  name: 'outline',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      options: { language: { type: 'string' } },
      allowPositionals: true,
    });
    const [file] = positionals;
    if (file === undefined || positionals.length !== 1) throw new UsageError(t('needOneFile'));
    const read = await readMapFile(path.resolve(ctx.cwd, file));
    if (!read.ok) {
      ctx.stderr(`${file}: ${read.problem.message}\n`);
      return EXIT.failed;
    }
    const result = loadMap(read.text);
    if (!result.ok) {
      ctx.stdout(read.text);
      return EXIT.ok;
    }
    const lines = outlineMap(result.map, createTranslate(values.language ?? 'en'));
    ctx.stdout(lines.map((line) => `${line}\n`).join(''));
    return EXIT.ok;
  },
};
