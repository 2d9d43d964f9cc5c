/**
 * Which version of a file a window holds: size, modification time and content hash.
 * Size and hash decide whether the content changed; an equal size and mtime let the
 * watcher skip reading a file that was only touched by a no-op event.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';

export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

export interface StampedBytes {
  readonly bytes: Buffer;
  readonly stamp: FileStamp;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file as one consistent read (stat and bytes through the same handle). */
export async function readStamped(file: string, maxBytes: number): Promise<StampedBytes> {
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (stat.size > maxBytes) throw new FileTooLargeError(maxBytes);
    const bytes = await handle.readFile();
    return { bytes, stamp: { size: bytes.length, mtimeMs: stat.mtimeMs, sha256: sha256(bytes) } };
  } finally {
    await handle.close();
  }
}

/** Same bytes as the stamp describes? (mtime alone is not trusted: coarse clocks, touch.) */
export function sameContent(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}

/** Cheap pre-check from `stat` alone: nothing about the file moved. */
export function unchangedByStat(
  stamp: FileStamp,
  stat: { size: number; mtimeMs: number },
): boolean {
  return stamp.size === stat.size && stamp.mtimeMs === stat.mtimeMs;
}

export class FileTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the file is larger than ${limitBytes} bytes`);
  }
}
