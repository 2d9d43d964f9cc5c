/**
 * Unsaved work on disk, one file per document in the app's user-data folder, each written
 * atomically. A file that is still here when the app starts belongs to a session that
 * crashed (a clean exit removes them all).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecoveryEntry } from '../../../shared/host';
import { recoveryEntrySchema } from '../../ipc/schemas';
import { errorCode, writeFileAtomic } from '../files/atomicWrite';
import { KeyedQueue } from '../files/keyedQueue';

const FORMAT = 'journey-studio-recovery';
const recoveryFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  entry: recoveryEntrySchema,
});

export class RecoveryStore {
  private readonly queue = new KeyedQueue();

  /** `folder` is e.g. `<userData>/recovery`; it is created on the first write. */
  constructor(readonly folder: string) {}

  write(entry: RecoveryEntry): Promise<void> {
    return this.queue.run(entry.key, async () => {
      await fs.mkdir(this.folder, { recursive: true });
      const body = JSON.stringify({ format: FORMAT, version: 1, entry });
      await writeFileAtomic(this.fileFor(entry.key), body);
    });
  }

  read(key: string): Promise<RecoveryEntry | null> {
    return this.queue.run(key, () => this.readFile(this.fileFor(key)));
  }

  remove(key: string): Promise<void> {
    return this.queue.run(key, () => fs.rm(this.fileFor(key), { force: true }));
  }

  /** Every readable entry in the folder, oldest first; unreadable files are left alone. */
  async readAll(): Promise<RecoveryEntry[]> {
    const names = await fs.readdir(this.folder).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return [] as string[];
      throw error;
    });
    const entries = await Promise.all(
      names
        .filter((name) => /^[0-9a-f]{32}\.json$/.test(name))
        .map((name) => this.readFile(path.join(this.folder, name))),
    );
    return entries
      .filter((entry): entry is RecoveryEntry => entry !== null)
      .sort((a, b) => a.savedAt - b.savedAt || a.key.localeCompare(b.key));
  }

  /** Keys come from the renderer: hashed, they can never name a file outside the folder. */
  private fileFor(key: string): string {
    const digest = createHash('sha256').update(key).digest('hex').slice(0, 32);
    return path.join(this.folder, `${digest}.json`);
  }

  private async readFile(file: string): Promise<RecoveryEntry | null> {
    try {
      const parsed = recoveryFileSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      return parsed.success ? parsed.data.entry : null;
    } catch {
      return null;
    }
  }
}
