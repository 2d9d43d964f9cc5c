/**
 * What main knows about each window's document: the file it holds, the versions of files
 * it was given (for the "changed on disk?" check), and what the renderer last reported
 * (title, unsaved edits). One window per open map.
 */
import path from 'node:path';
import type { FileStamp } from '../files/fileStamp';

export interface DocumentRecord {
  readonly windowId: number;
  /** The file main last handed to or saved for this window. */
  path: string | null;
  /**
   * Files this window may write (it opened them or chose them in a save dialog), each with
   * the version it last saw: the renderer can only save where main has let it.
   */
  readonly granted: Map<string, FileStamp>;
  title: string;
  dirty: boolean;
  /** A file or a restore offer is on its way: the window is not free for another map. */
  claimed: boolean;
}

/** File systems on Windows and macOS ignore case (by default); compare paths that way there. */
export function pathKey(file: string, platform: NodeJS.Platform = process.platform): string {
  const normal = path.resolve(file);
  return platform === 'win32' || platform === 'darwin' ? normal.toLowerCase() : normal;
}

export class DocumentWindows {
  private readonly records = new Map<number, DocumentRecord>();

  add(windowId: number): DocumentRecord {
    const record: DocumentRecord = {
      windowId,
      path: null,
      granted: new Map(),
      title: '',
      dirty: false,
      claimed: false,
    };
    this.records.set(windowId, record);
    return record;
  }

  get(windowId: number): DocumentRecord | undefined {
    return this.records.get(windowId);
  }

  remove(windowId: number): void {
    this.records.delete(windowId);
  }

  ids(): number[] {
    return [...this.records.keys()];
  }

  /** The windows whose current file is `file`. */
  holding(file: string): DocumentRecord[] {
    const key = pathKey(file);
    return [...this.records.values()].filter((r) => r.path !== null && pathKey(r.path) === key);
  }

  /** A fresh window with nothing in it: a file opened from outside may go there. */
  isEmpty(windowId: number): boolean {
    const record = this.records.get(windowId);
    return !!record && record.path === null && !record.dirty && !record.claimed;
  }

  /** The stamp for `file` if this window may write it. */
  grant(windowId: number, file: string): { path: string; stamp: FileStamp } | null {
    const record = this.records.get(windowId);
    const key = pathKey(file);
    for (const [granted, stamp] of record?.granted ?? []) {
      if (pathKey(granted) === key) return { path: granted, stamp };
    }
    return null;
  }

  setGrant(windowId: number, file: string, stamp: FileStamp): void {
    const record = this.records.get(windowId);
    if (!record) return;
    const existing = this.grant(windowId, file);
    record.granted.set(existing?.path ?? file, stamp);
  }
}
