/**
 * Tells when watched files may have changed on disk. It watches each file's folder, not
 * the file: an atomic save (ours, git's, most editors') replaces the file with a new one,
 * and a watch on the old file would go deaf. Events are debounced per file; whether the
 * content really changed is the listener's business (it compares stamps).
 */
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export type WatchFolder = (dir: string, onEvent: (fileName: string | null) => void) => FSWatcher;

const watchFolder: WatchFolder = (dir, onEvent) =>
  fsWatch(dir, { persistent: false }, (_event, fileName) => onEvent(fileName));

interface FolderWatch {
  readonly watcher: FSWatcher;
  /** Watched file name → how many holders asked for it. */
  readonly files: Map<string, number>;
}

export class FileWatcher {
  private readonly folders = new Map<string, FolderWatch>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly onMaybeChanged: (file: string) => void,
    private readonly debounceMs = 300,
    private readonly watch: WatchFolder = watchFolder,
  ) {}

  add(file: string): void {
    const dir = path.dirname(file);
    const name = path.basename(file);
    let folder = this.folders.get(dir);
    if (!folder) {
      try {
        const watcher = this.watch(dir, (fileName) => this.onFolderEvent(dir, fileName));
        // A vanished folder ends its watch; there is nothing left to reload from.
        watcher.on('error', () => this.dropFolder(dir));
        folder = { watcher, files: new Map() };
      } catch {
        return; // an unwatchable folder (permissions, network share): saves still check stamps
      }
      this.folders.set(dir, folder);
    }
    folder.files.set(name, (folder.files.get(name) ?? 0) + 1);
  }

  remove(file: string): void {
    const dir = path.dirname(file);
    const name = path.basename(file);
    const folder = this.folders.get(dir);
    const count = folder?.files.get(name);
    if (!folder || count === undefined) return;
    if (count > 1) folder.files.set(name, count - 1);
    else folder.files.delete(name);
    if (folder.files.size === 0) this.dropFolder(dir);
  }

  close(): void {
    for (const dir of [...this.folders.keys()]) this.dropFolder(dir);
  }

  private onFolderEvent(dir: string, fileName: string | null): void {
    const folder = this.folders.get(dir);
    if (!folder) return;
    // Some platforms do not say which file changed: look at all of them.
    const names = fileName === null ? [...folder.files.keys()] : [fileName];
    for (const name of names) {
      if (folder.files.has(name)) this.schedule(path.join(dir, name));
    }
  }

  private schedule(file: string): void {
    clearTimeout(this.timers.get(file));
    this.timers.set(
      file,
      setTimeout(() => {
        this.timers.delete(file);
        this.onMaybeChanged(file);
      }, this.debounceMs),
    );
  }

  private dropFolder(dir: string): void {
    const folder = this.folders.get(dir);
    if (!folder) return;
    this.folders.delete(dir);
    folder.watcher.close();
    for (const name of folder.files.keys()) {
      const file = path.join(dir, name);
      clearTimeout(this.timers.get(file));
      this.timers.delete(file);
    }
  }
}
