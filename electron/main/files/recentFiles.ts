/**
 * The app's own list of recently opened maps (for File › Open Recent on every platform),
 * kept as JSON in the user-data folder. The OS's list (`app.addRecentDocument`) is fed
 * alongside by the caller.
 */
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';

export const MAX_RECENT_FILES = 10;
const recentFileSchema = z.object({ recent: z.array(z.string().min(1).max(4096)) });

export class RecentFiles {
  private list: string[] = [];

  constructor(private readonly file: string) {}

  /** Reads the saved list; a missing or damaged file is an empty list. */
  async load(): Promise<readonly string[]> {
    try {
      const parsed = recentFileSchema.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')));
      this.list = parsed.success ? parsed.data.recent.slice(0, MAX_RECENT_FILES) : [];
    } catch {
      this.list = [];
    }
    return this.list;
  }

  get files(): readonly string[] {
    return this.list;
  }

  /** Moves `file` to the top. */
  async add(file: string): Promise<void> {
    this.list = [file, ...this.list.filter((f) => f !== file)].slice(0, MAX_RECENT_FILES);
    await this.persist();
  }

  /** Drops a file that could not be opened any more. */
  async remove(file: string): Promise<void> {
    this.list = this.list.filter((f) => f !== file);
    await this.persist();
  }

  async clear(): Promise<void> {
    this.list = [];
    await this.persist();
  }

  private async persist(): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify({ recent: this.list }, null, 2) + '\n');
  }
}
