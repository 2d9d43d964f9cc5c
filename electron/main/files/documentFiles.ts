/**
 * Reading and writing `*.journey.json` files: UTF-8 text, a size limit, atomic saves that
 * keep a `.bak`, and the check that the file on disk is still the version the window
 * holds before it is overwritten.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../../../shared/model';
import { writeFileAtomic } from './atomicWrite';
import { readStamped, sameContent, sha256, unchangedByStat, type FileStamp } from './fileStamp';

/** Files larger than the document format's limit are refused on open, as the loader would. */
export const MAX_DOCUMENT_BYTES = LIMITS.fileBytes;
/** Their version, read for a conflict or a reload, may be somewhat larger than ours. */
const MAX_THEIRS_BYTES = 4 * MAX_DOCUMENT_BYTES;
export const JOURNEY_EXTENSION = '.journey.json';

export interface LoadedDocument {
  readonly text: string;
  readonly stamp: FileStamp;
}

export type DocumentSaveOutcome =
  | { readonly status: 'saved'; readonly stamp: FileStamp }
  | { readonly status: 'conflict'; readonly theirs: string; readonly stamp: FileStamp };

export class NotTextError extends Error {
  constructor() {
    super('the file is not UTF-8 text');
  }
}

export function isJourneyFileName(file: string): boolean {
  return path.basename(file).toLowerCase().endsWith(JOURNEY_EXTENSION);
}

/** `onboarding` or `onboarding.json` → `onboarding.journey.json`; a good name stays. */
export function withJourneyExtension(file: string): string {
  if (isJourneyFileName(file)) return file;
  return file.replace(/\.json$/i, '') + JOURNEY_EXTENSION;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Stateless: callers serialise work on one path (see `HostFiles`), so that a save and the
 * watcher's look at the same file never interleave.
 */
export class DocumentFiles {
  async load(file: string): Promise<LoadedDocument> {
    const { bytes, stamp } = await readStamped(file, MAX_DOCUMENT_BYTES);
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      throw new NotTextError();
    }
    return { text, stamp };
  }

  /**
   * Saves `text` to `file` unless the file on disk is no longer `expected` (then returns
   * their version instead). `expected: null` or `overwrite` writes without looking.
   */
  async save(
    file: string,
    text: string,
    options: { expected: FileStamp | null; overwrite: boolean },
  ): Promise<DocumentSaveOutcome> {
    if (options.expected && !options.overwrite) {
      // A file that is gone has nothing of theirs to lose: it is written back.
      const disk = await this.readIfPresent(file);
      if (disk && !sameContent(disk.stamp, options.expected)) {
        return { status: 'conflict', theirs: lenientUtf8.decode(disk.bytes), stamp: disk.stamp };
      }
    }
    const bytes = Buffer.from(text, 'utf8');
    const written = await writeFileAtomic(file, bytes, { keepBackup: true });
    return { status: 'saved', stamp: { ...written, sha256: sha256(bytes) } };
  }

  /** Reads the file if it differs from `known`; null when it is unchanged or gone. */
  async changedSince(file: string, known: FileStamp): Promise<LoadedDocument | null> {
    const stat = await fs.stat(file).catch(() => null);
    if (!stat || unchangedByStat(known, stat)) return null;
    const disk = await this.readIfPresent(file);
    if (!disk || sameContent(disk.stamp, known)) return null;
    return { text: lenientUtf8.decode(disk.bytes), stamp: disk.stamp };
  }

  private async readIfPresent(file: string) {
    try {
      return await readStamped(file, MAX_THEIRS_BYTES);
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
      throw error;
    }
  }
}
