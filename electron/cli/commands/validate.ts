import { parseArgs } from 'node:util';
import { EXIT, UsageError, type CliContext } from '../context';
import { loadMapFile, printRepairs } from '../loadFile';
import { t } from '../messages';
import type { CliCommand } from './command';

/**
 * `journey-studio validate FILE...`: every file through the same gate as the app. One line
 * per problem, `FILE: PATH: MESSAGE` (errors, then `warning:` lines for repairs); exit 0 when
 * all files load (with `--strict`, only when nothing needed repair either), 1 when not.
 */
export const validateCommand: CliCommand = {
  name: 'validate',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      options: { strict: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length === 0) throw new UsageError(t('needFiles'));
    let allValid = true;
    for (const file of positionals) {
      const valid = await validateFile(file, values.strict, ctx);
      allValid &&= valid;
    }
    return allValid ? EXIT.ok : EXIT.failed;
  },
};

async function validateFile(file: string, strict: boolean, ctx: CliContext): Promise<boolean> {
  const loaded = await loadMapFile(file, ctx);
  if (!loaded.ok) return false;
  printRepairs(file, loaded.warnings, ctx);
  const count = loaded.warnings.length;
  const line = (text: string): void => ctx.stdout(`${file}: ${text}\n`);
  if (count === 0) line(t('valid'));
  else line(t(strict ? 'needsRepair' : 'validWithWarnings', { count }));
  return !strict || count === 0;
}
