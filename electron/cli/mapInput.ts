import path from 'node:path';
import { loadMap, type Problem } from '../../shared/load';
import { CURRENT_VERSION, FORMAT, JourneyMapSchema, type JourneyMap } from '../../shared/model';
import type { CliContext } from './context';
import { readMapFile } from './files';
import { describeFileError, t } from './messages';

/** A map read from the command line, or the lines that say why it could not be. */
export type MapInput = { ok: true; map: JourneyMap } | { ok: false; lines: string[] };

/** What git passes for the missing side of an added or deleted file. */
export const NULL_FILE = '/dev/null';

/**
 * Reads `file` (relative to the working folder) through the loader gate. `/dev/null` stands
 * for "no map yet": an empty map, so that a diff of an added file lists all it holds.
 * Problems come as `FILE: PATH: MESSAGE` lines, like `validate` prints them.
 */
export async function readMapInput(file: string, ctx: CliContext): Promise<MapInput> {
  if (file === NULL_FILE) return { ok: true, map: emptyMap() };
  let read;
  try {
    read = await readMapFile(path.resolve(ctx.cwd, file));
  } catch (error) {
    return {
      ok: false,
      lines: [`${file}: ${t('readFailed', { reason: describeFileError(error) })}`],
    };
  }
  if (!read.ok) return { ok: false, lines: [problemLine(file, read.problem)] };
  const result = loadMap(read.text);
  if (!result.ok) return { ok: false, lines: result.errors.map((p) => problemLine(file, p)) };
  return { ok: true, map: result.map };
}

/** `FILE: PATH: MESSAGE`, or `FILE: MESSAGE` for a problem with the file as a whole. */
export function problemLine(file: string, problem: Problem, message = problem.message): string {
  return problem.path === '' ? `${file}: ${message}` : `${file}: ${problem.path}: ${message}`;
}

/** A map with nothing in it and every default filled in. */
export function emptyMap(): JourneyMap {
  return JourneyMapSchema.parse({
    format: FORMAT,
    version: CURRENT_VERSION,
    title: '',
    stages: [],
    lanes: [],
    cards: [],
  });
}
