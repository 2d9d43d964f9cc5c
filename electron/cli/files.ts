import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
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

/**
 * Writes a file so that it is either wholly old or wholly new, even after a crash: the text
 * goes to a temporary file beside it, is flushed to disk and then renamed over the target.
 * Without `overwrite` the final step is a hard link, which fails if the target appeared in
 * the meantime (file systems without hard links fall back to a check and a rename).
 */
export async function writeFileAtomic(
  file: string,
  text: string,
  options: { overwrite: boolean },
): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await rename(temp, file);
    else await linkNew(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}

async function linkNew(temp: string, file: string): Promise<void> {
  try {
    await link(temp, file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    if (await exists(file)) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
    await rename(temp, file);
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
