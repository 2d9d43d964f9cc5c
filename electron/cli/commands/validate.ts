import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadMap, type Problem } from '../../../shared/load';
import { EXIT, UsageError, type CliContext } from '../context';
import { readMapFile } from '../files';
import { problemLine } from '../mapInput';
import { describeFileError, t } from '../messages';
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
  const line = (text: string): void => ctx.stdout(`${file}: ${text}\n`);
  const report = (problem: Problem, message?: string): void =>
    ctx.stdout(`${problemLine(file, problem, message)}\n`);
  let read;
  try {
    read = await readMapFile(path.resolve(ctx.cwd, file));
  } catch (error) {
    line(t('readFailed', { reason: describeFileError(error) }));
    return false;
  }
  if (!read.ok) {
    report(read.problem);
    return false;
  }
  const result = loadMap(read.text);
  if (!result.ok) {
    for (const problem of result.errors) report(problem);
    return false;
  }
  for (const problem of result.warnings) {
    report(problem, t('warning', { message: problem.message }));
  }
  const count = result.warnings.length;
  if (count === 0) line(t('valid'));
  else line(t(strict ? 'needsRepair' : 'validWithWarnings', { count }));
  return !strict || count === 0;
}
