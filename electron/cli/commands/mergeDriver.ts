import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createTranslate } from '../../../shared/i18n/translate';
import { describeConflict, mergeMaps } from '../../../shared/merge';
import { serializeMap } from '../../../shared/serialize';
import { UsageError, type CliContext } from '../context';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { emptyMap, readMapInput, type MapInput } from '../mapInput';
import { describeFileError, t } from '../messages';
import type { CliCommand } from './command';

/** Exit codes git reads from a merge driver: 0 merged, anything else conflicted. */
export const MERGE_EXIT = { clean: 0, conflicts: 1, trouble: 2 } as const;

/**
 * `journey-studio merge-driver BASE OURS THEIRS [PATH]`, run by git as
 * `merge.journey-studio.driver` with `%O %A %B %P`: merges the three maps by record id
 * (`shared/merge`) and writes the result into OURS atomically. Exit 0 when clean; 1 when
 * conflicts remain (git marks the file conflicted, and the file is a valid map holding both
 * versions, summarised on stderr); 2 when a file cannot be read as a map, leaving OURS
 * untouched so that git falls back to its own conflict. An empty BASE (a file both branches
 * added) merges against an empty map.
 */
export const mergeDriverCommand: CliCommand = {
  name: 'merge-driver',
  async run(args, ctx) {
    if (args.length < 3 || args.length > 4) throw new UsageError(t('needMergeFiles'));
    const [baseFile = '', oursFile = '', theirsFile = '', name = oursFile] = args;
    const words = createTranslate('en');
    const [base, ours, theirs] = await Promise.all([
      readBase(baseFile, ctx),
      readMapInput(oursFile, ctx),
      readMapInput(theirsFile, ctx),
    ]);
    const trouble = (lines: string[]): number => {
      ctx.stderr(`${words('diff.merge.cannotMerge', { path: name })}\n`);
      ctx.stderr(lines.map((line) => `  ${line}\n`).join(''));
      return MERGE_EXIT.trouble;
    };
    if (!base.ok || !ours.ok || !theirs.ok) {
      return trouble([base, ours, theirs].flatMap((input) => (input.ok ? [] : input.lines)));
    }
    const result = mergeMaps(base.map, ours.map, theirs.map);
    if (!result.ok) return trouble(result.errors.map((problem) => problem.message));
    try {
      await writeFileAtomic(path.resolve(ctx.cwd, oursFile), serializeMap(result.map));
    } catch (error) {
      return trouble([t('writeFailed', { file: oursFile, reason: describeFileError(error) })]);
    }
    if (result.conflicts.length === 0) return MERGE_EXIT.clean;
    const count = result.conflicts.length;
    ctx.stderr(`${words('diff.merge.summary', { path: name, count })}\n`);
    for (const conflict of result.conflicts) {
      ctx.stderr(`  ${describeConflict(conflict, result.map, words)}\n`);
    }
    return MERGE_EXIT.conflicts;
  },
};

/** git passes an empty file as the base of a file that both branches added. */
async function readBase(file: string, ctx: CliContext): Promise<MapInput> {
  try {
    const text = await readFile(path.resolve(ctx.cwd, file), 'utf8');
    if (text.trim() === '') return { ok: true, map: emptyMap() };
  } catch {
    // Unreadable: readMapInput says why.
  }
  return readMapInput(file, ctx);
}
