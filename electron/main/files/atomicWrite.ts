/**
 * Atomic file replacement: a crash, a kill or a full disk at any moment leaves either the
 * old file or the new one, never a mix and never an empty file.
 *
 * 1. write a temp file in the same folder (same file system, so rename is atomic), fsync;
 * 2. optionally keep the old version as `NAME.bak` (hard link, or copy where links fail);
 * 3. rename the temp file over the target; 4. fsync the folder so the rename is durable.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<target>.bak` (itself replaced atomically). */
  readonly keepBackup?: boolean;
  /**
   * Create the target only if it does not exist: the last step is a hard link, which fails
   * with EEXIST if the file appeared meanwhile (where links are unsupported, a check and a
   * rename).
   */
  readonly exclusive?: boolean;
}

/** What was written, as the file system recorded it (for the "is it still ours" check). */
export interface WrittenFile {
  readonly size: number;
  readonly mtimeMs: number;
}

export const BACKUP_SUFFIX = '.bak';
const TEMP_SUFFIX = '.journey-tmp';

/** Temp files this process is writing right now: the stale-temp sweep leaves them alone. */
const inFlight = new Set<string>();

export function backupPathFor(target: string): string {
  return target + BACKUP_SUFFIX;
}

function tempPathFor(target: string, label: string): string {
  const name = `.${path.basename(target)}.${label}${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  return path.join(path.dirname(target), name);
}

/** Is `fileName` a temp file that a write to `target` may have left behind? */
export function isTempFileOf(target: string, fileName: string): boolean {
  const prefix = `.${path.basename(target)}.`;
  return fileName.startsWith(prefix) && fileName.endsWith(TEMP_SUFFIX);
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<WrittenFile> {
  const dir = path.dirname(target);
  await removeStaleTemps(target);
  const existingMode = await fs.stat(target).then(
    (stat) => stat.mode & 0o777,
    () => undefined,
  );
  const temp = tempPathFor(target, '');
  inFlight.add(temp);
  try {
    const written = await writeAndSync(temp, data, existingMode);
    if (options.exclusive) {
      await linkNew(temp, target);
      await fs.rm(temp, { force: true });
    } else {
      if (options.keepBackup) await keepBackup(target);
      await renameWithRetry(temp, target);
    }
    await syncDirectory(dir);
    return written;
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  } finally {
    inFlight.delete(temp);
  }
}

async function writeAndSync(
  file: string,
  data: string | Uint8Array,
  mode: number | undefined,
): Promise<WrittenFile> {
  const handle = await fs.open(file, 'wx', mode ?? 0o666);
  try {
    await handle.writeFile(data);
    await handle.sync();
    const stat = await handle.stat();
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } finally {
    await handle.close();
  }
}

/** Replaces `<target>.bak` with the current target, atomically; nothing to keep is fine. */
async function keepBackup(target: string): Promise<void> {
  const temp = tempPathFor(target, 'bak-');
  inFlight.add(temp);
  try {
    try {
      // A hard link shares the old bytes: instant and already durable.
      await fs.link(target, temp);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      await fs.copyFile(target, temp);
      const handle = await fs.open(temp, 'r+');
      await handle.sync().finally(() => handle.close());
    }
    await renameWithRetry(temp, backupPathFor(target));
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  } finally {
    inFlight.delete(temp);
  }
}

async function linkNew(temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    const taken = await fs.stat(target).then(
      () => true,
      () => false,
    );
    if (taken) throw Object.assign(new Error(`EEXIST: ${target}`), { code: 'EEXIST' });
    await renameWithRetry(temp, target);
  }
}

/** Windows: a virus scanner or indexer may hold the target for a moment. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
      if (process.platform !== 'win32' || !transient || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** Makes a rename durable on POSIX; Windows cannot open a folder for fsync (and needs not). */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares) refuse fsync on a folder; the rename still happened.
    if (errorCode(error) !== 'EINVAL' && errorCode(error) !== 'ENOTSUP') throw error;
  } finally {
    await handle.close();
  }
}

/** Removes temp files that a killed earlier write left beside the target. */
async function removeStaleTemps(target: string): Promise<void> {
  const dir = path.dirname(target);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => isTempFileOf(target, name) && !inFlight.has(path.join(dir, name)))
      .map((name) => fs.rm(path.join(dir, name), { force: true })),
  );
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
