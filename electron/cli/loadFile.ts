import path from 'node:path';
import { loadMap, type Problem } from '../../shared/load';
import type { JourneyMap } from '../../shared/model';
import type { CliContext } from './context';
import { readMapFile } from './files';
import { describeFileError, t } from './messages';

/** A map file as a command reads it: its text and the loaded map with the repairs made. */
export type LoadedFile =
  { ok: true; file: string; text: string; map: JourneyMap; warnings: Problem[] } | { ok: false };

/**
 * Reads `file` (relative to the working folder) through the loader gate. What stops it (a
 * file-system error, text that is not a map) is printed, one problem a line as
 * `FILE: PATH: MESSAGE`, and gives `{ ok: false }`; the repairs are left to the caller.
 */
export async function loadMapFile(file: string, ctx: CliContext): Promise<LoadedFile> {
  const line = (text: string): void => ctx.stdout(`${file}: ${text}\n`);
  const absolute = path.resolve(ctx.cwd, file);
  let read;
  try {
    read = await readMapFile(absolute);
  } catch (error) {
    line(t('readFailed', { reason: describeFileError(error) }));
    return { ok: false };
  }
  if (!read.ok) {
    line(located(read.problem, read.problem.message));
    return { ok: false };
  }
  const result = loadMap(read.text);
  if (!result.ok) {
    for (const problem of result.errors) line(located(problem, problem.message));
    return { ok: false };
  }
  return { ok: true, file: absolute, text: read.text, map: result.map, warnings: result.warnings };
}

/** The loader's repairs, one a line: `FILE: PATH: warning: MESSAGE`. */
export function printRepairs(file: string, warnings: readonly Problem[], ctx: CliContext): void {
  for (const problem of warnings) {
    ctx.stdout(`${file}: ${located(problem, t('warning', { message: problem.message }))}\n`);
  }
}

function located(problem: Problem, message: string): string {
  return problem.path === '' ? message : `${problem.path}: ${message}`;
}
