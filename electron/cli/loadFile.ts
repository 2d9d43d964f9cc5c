import path from 'node:path';
import { loadMap, type Problem } from '../../shared/load';
import type { JourneyMap } from '../../shared/model';
import type { CliContext } from './context';
import { readMapFile } from './files';
import { describeFileError, t } from './messages';

/** A map file as a command reads it: its text and the loaded map with the repairs made. */
export type LoadedFile =
  | { ok: true; file: string; text: string; map: JourneyMap; warnings: Problem[] }
  | { ok: false; lines: string[] };

/**
 * Reads `file` (relative to the working folder) through the loader gate. What stops it (a
 * file-system error, text that is not a map) comes back as lines `FILE: PATH: MESSAGE`, the
 * way `validate` prints them; the repairs are left to the caller.
 */
export async function readLoadedFile(file: string, ctx: CliContext): Promise<LoadedFile> {
  const absolute = path.resolve(ctx.cwd, file);
  let read;
  try {
    read = await readMapFile(absolute);
  } catch (error) {
    return {
      ok: false,
      lines: [`${file}: ${t('readFailed', { reason: describeFileError(error) })}`],
    };
  }
  if (!read.ok) return { ok: false, lines: [problemLine(file, read.problem)] };
  const result = loadMap(read.text);
  if (!result.ok) return { ok: false, lines: result.errors.map((p) => problemLine(file, p)) };
  return { ok: true, file: absolute, text: read.text, map: result.map, warnings: result.warnings };
}

/** {@link readLoadedFile}, printing what stops it on standard output. */
export async function loadMapFile(file: string, ctx: CliContext): Promise<LoadedFile> {
  const loaded = await readLoadedFile(file, ctx);
  if (!loaded.ok) for (const line of loaded.lines) ctx.stdout(`${line}\n`);
  return loaded;
}

/** The loader's repairs, one a line: `FILE: PATH: warning: MESSAGE`. */
export function printRepairs(file: string, warnings: readonly Problem[], ctx: CliContext): void {
  for (const problem of warnings) {
    ctx.stdout(`${problemLine(file, problem, t('warning', { message: problem.message }))}\n`);
  }
}

/** `FILE: PATH: MESSAGE`, or `FILE: MESSAGE` for a problem with the file as a whole. */
export function problemLine(file: string, problem: Problem, message = problem.message): string {
  return problem.path === '' ? `${file}: ${message}` : `${file}: ${problem.path}: ${message}`;
}
