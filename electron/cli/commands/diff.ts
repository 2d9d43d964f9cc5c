import { parseArgs } from 'node:util';
import { describeChanges, diffMaps } from '../../../shared/diff';
import { createTranslate, type Translate } from '../../../shared/i18n/translate';
import { EXIT, UsageError, type CliContext } from '../context';
import { readMapInput } from '../mapInput';
import { t } from '../messages';
import type { CliCommand } from './command';

/** Exit codes of `diff`, as the `diff` tool has them: 2 is trouble, not "invalid". */
export const DIFF_EXIT = { same: 0, changed: 1, trouble: 2 } as const;

/** git calls a diff driver with `path old-file old-hex old-mode new-file new-hex new-mode`. */
const GIT_DRIVER_ARGS = 7;

/**
 * `journey-studio diff OLD NEW [--json] [--language LANG]`: what changed between two maps,
 * one line per change in words (`+ card "…" in Pain points × Consideration`), or the typed
 * changes as JSON for tools. Exit 0 no change, 1 changed, 2 trouble (a file that cannot be
 * read as a map, bad usage). `/dev/null` stands for no map (an added or deleted file).
 *
 * Called by git as `diff.journey-studio.command` (seven arguments) it prints a header naming
 * the file and always exits 0, because git stops the whole diff at a driver's non-zero exit;
 * a file that cannot be read (one with conflict markers) is named with the reason instead.
 */
export const diffCommand: CliCommand = {
  name: 'diff',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false }, language: { type: 'string' } },
      allowPositionals: true,
    });
    const words = createTranslate(values.language ?? 'en');
    if (positionals.length === GIT_DRIVER_ARGS) {
      const [name = '', oldFile = '', , , newFile = ''] = positionals;
      await gitDriver(name, oldFile, newFile, words, ctx);
      return EXIT.ok;
    }
    if (positionals.length !== 2) throw new UsageError(t('needTwoFiles'));
    const [oldFile = '', newFile = ''] = positionals;
    const [before, after] = await Promise.all([
      readMapInput(oldFile, ctx),
      readMapInput(newFile, ctx),
    ]);
    if (!before.ok || !after.ok) {
      for (const input of [before, after]) if (!input.ok) ctx.stderr(lines(input.lines));
      return DIFF_EXIT.trouble;
    }
    const changes = diffMaps(before.map, after.map);
    if (values.json) ctx.stdout(`${JSON.stringify(changes, null, 2)}\n`);
    else ctx.stdout(lines(describeChanges(changes, before.map, after.map, words)));
    return changes.length === 0 ? DIFF_EXIT.same : DIFF_EXIT.changed;
  },
};

async function gitDriver(
  name: string,
  oldFile: string,
  newFile: string,
  words: Translate,
  ctx: CliContext,
): Promise<void> {
  ctx.stdout(`${words('diff.cli.gitHeader', { path: name })}\n`);
  const [before, after] = await Promise.all([
    readMapInput(oldFile, ctx),
    readMapInput(newFile, ctx),
  ]);
  if (!before.ok || !after.ok) {
    const reasons = [before, after].flatMap((input) => (input.ok ? [] : input.lines));
    ctx.stdout(
      lines([words('diff.cli.cannotCompare', { path: name, reason: reasons.join('; ') })]),
    );
    return;
  }
  const changes = diffMaps(before.map, after.map);
  ctx.stdout(lines(describeChanges(changes, before.map, after.map, words)));
}

function lines(texts: readonly string[]): string {
  return texts.map((text) => `${text}\n`).join('');
}
