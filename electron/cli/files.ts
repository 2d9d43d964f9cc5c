import { readFile, stat } from 'node:fs/promises';
import { looksBinary, makeProblem, tooLargeProblem, type Problem } from '../../shared/load';
import { LIMITS } from '../../shared/model';

/** A file's text, or the problem that stops it from being read as a map. */
export type ReadOutcome = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Reads a map file as UTF-8 text. The size is checked before reading, so that a huge file is
 * refused without being loaded; bytes that are not UTF-8 are refused rather than replaced.
 * File-system errors (missing file, a folder, no permission) are thrown for the caller.
 */
export async function readMapFile(file: string): Promise<ReadOutcome> {
  const info = await stat(file);
  if (info.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  if (info.size > LIMITS.fileBytes) return { ok: false, problem: tooLargeProblem(info.size) };
  const bytes = await readFile(file);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    return { ok: false, problem: makeProblem(looksBinary(lenient) ? 'notText' : 'notUtf8', []) };
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
