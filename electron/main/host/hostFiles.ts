/**
 * The file side of the Host in main: open (dialog, drop, OS, recent), save with the
 * "is the file on disk still ours" check, save as, exports, and the watch that tells a
 * window when its file changed on disk. One window per open map: a file that is already
 * open is focused, not opened twice, and a file opened from a window that already holds
 * a map goes to a new window.
 *
 * A window's version of a file (its stamp) moves to every version main hands it: the one
 * it opened, the one it saved, and `theirs` in a conflict or a `fileChanged`. So the
 * conflict check protects exactly the changes the window has never been shown.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type {
  CommittedVersion,
  ComparedFile,
  FileToImport,
  ImportKind,
  FileRef,
  OpenedFile,
  SaveResult,
} from '../../../shared/host';
import { MAX_IMPORT_BYTES } from '../../../shared/import/limits';
import { readCommittedVersion } from '../git/committedVersion';
import type { ExportMimeType } from '../../ipc/schemas';
import { writeFileAtomic } from '../files/atomicWrite';
import {
  isJourneyFileName,
  withJourneyExtension,
  type DocumentFiles,
  type LoadedDocument,
} from '../files/documentFiles';
import { FileWatcher, type WatchFolder } from '../files/fileWatcher';
import { KeyedQueue } from '../files/keyedQueue';
import type { RecentFiles } from '../files/recentFiles';
import type { Translate } from '../i18n';
import { UserFacingError } from '../ipc/registerHostHandlers';
import type { RecoverySessions } from '../recovery/recoverySessions';
import { pathKey, type DocumentWindows } from '../windows/documentWindows';
import { fileError } from './fileErrors';
import type { DialogShell, WindowShell } from './shell';

export interface HostFilesDeps {
  readonly windows: DocumentWindows;
  readonly files: DocumentFiles;
  readonly shell: WindowShell;
  readonly dialogs: DialogShell;
  readonly recent: RecentFiles;
  readonly recovery: RecoverySessions;
  readonly t: Translate;
  /** Where dialogs start for a document without a file (the user's Documents folder). */
  readonly defaultFolder: () => string;
  /** The recent list changed (main rebuilds the Open Recent menu). */
  readonly onRecentChanged?: () => void;
  readonly watchDebounceMs?: number;
  readonly watchFolder?: WatchFolder;
}

const EXPORT_EXTENSIONS: Record<ExportMimeType, { ext: string; filter: string }> = {
  'application/pdf': { ext: 'pdf', filter: 'desktop.filters.pdf' },
  'image/png': { ext: 'png', filter: 'desktop.filters.png' },
  'image/svg+xml': { ext: 'svg', filter: 'desktop.filters.svg' },
  'text/csv': { ext: 'csv', filter: 'desktop.filters.csv' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    ext: 'xlsx',
    filter: 'desktop.filters.xlsx',
  },
  'text/vnd.mermaid': { ext: 'mmd', filter: 'desktop.filters.mermaid' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    ext: 'pptx',
    filter: 'desktop.filters.pptx',
  },
};

export function fileRefFor(file: string): FileRef {
  return { handle: file, name: path.basename(file) };
}

/** A suggested name from the renderer, reduced to a plain file name. */
export function safeFileName(suggested: string, fallback: string): string {
  const name = path
    .basename(suggested.replaceAll('\\', '/'))
    // eslint-disable-next-line no-control-regex -- control characters are what we remove
    .replace(/[<>:"|?*\u0000-\u001f]/g, '-')
    .trim();
  return name === '' || name === '.' || name === '..' ? fallback : name;
}

export class HostFiles {
  /** Saves and disk checks of one path run one after another. */
  private readonly locks = new KeyedQueue();
  private readonly watcher: FileWatcher;
  /** windowId → the path watched for it. */
  private readonly watched = new Map<number, string>();

  constructor(private readonly deps: HostFilesDeps) {
    this.watcher = new FileWatcher(
      (file) => void this.checkDisk(file),
      deps.watchDebounceMs,
      deps.watchFolder,
    );
  }

  async openFile(windowId: number): Promise<OpenedFile | null> {
    const current = this.deps.windows.get(windowId)?.path;
    const chosen = await this.deps.dialogs.chooseFileToOpen(
      windowId,
      current ? path.dirname(current) : this.deps.defaultFolder(),
    );
    return chosen === null ? null : this.openFor(windowId, chosen);
  }

  /**
   * A file to import, from the open dialog of its kind: read as bytes (a workbook is not
   * text), but not opened, granted or watched. A file over the import limit is not read: its
   * size is enough for the renderer's message.
   */
  async chooseFileToImport(windowId: number, kind: ImportKind): Promise<FileToImport | null> {
    const current = this.deps.windows.get(windowId)?.path;
    const chosen = await this.deps.dialogs.chooseFileToOpen(
      windowId,
      current ? path.dirname(current) : this.deps.defaultFolder(),
      kind === 'cards' ? 'import' : 'table',
    );
    if (chosen === null) return null;
    try {
      const { size } = await fs.stat(chosen);
      const bytes = size > MAX_IMPORT_BYTES ? null : new Uint8Array(await fs.readFile(chosen));
      return { name: path.basename(chosen), size, bytes };
    } catch (error) {
      throw fileError('openFailed', chosen, error, this.deps.t);
    }
  }

  /** A map to compare with: chosen and read, but not opened, granted or watched. */
  async chooseFileToCompare(windowId: number): Promise<ComparedFile | null> {
    const current = this.deps.windows.get(windowId)?.path;
    const chosen = await this.deps.dialogs.chooseFileToOpen(
      windowId,
      current ? path.dirname(current) : this.deps.defaultFolder(),
    );
    if (chosen === null) return null;
    const { text } = await this.load(chosen);
    return { name: path.basename(chosen), text };
  }

  /** The committed version of a file this window holds (no other file may be asked for). */
  async readCommittedVersion(windowId: number, ref: FileRef): Promise<CommittedVersion> {
    const granted = this.deps.windows.grant(windowId, ref.handle);
    if (!granted) throw new UserFacingError(this.deps.t('desktop.errors.refused'));
    return readCommittedVersion(granted.path);
  }

  /** The preload turned the dropped `File` into a path; only maps may come in that way. */
  async openDroppedFile(windowId: number, file: string): Promise<OpenedFile | null> {
    if (!path.isAbsolute(file) || !isJourneyFileName(file)) {
      throw new UserFacingError(
        this.deps.t('desktop.errors.notJourneyFile', { name: path.basename(file) }),
      );
    }
    return this.openFor(windowId, file);
  }

  /**
   * A file from the command line, the OS, a second instance or Open Recent: focus its
   * window if it is open, else show it in an empty window (the focused one first), else in
   * a new window. Errors are shown in a dialog (there is no renderer call to answer).
   */
  async openFromOutside(file: string): Promise<void> {
    const open = this.deps.windows.holding(file)[0];
    if (open) {
      this.deps.shell.focus(open.windowId);
      return;
    }
    let loaded: LoadedDocument;
    try {
      loaded = await this.load(file);
    } catch (error) {
      const focused = this.deps.shell.focusedWindowId();
      await this.deps.dialogs.showError(focused, (error as Error).message);
      return;
    }
    const { windows, shell } = this.deps;
    const focused = shell.focusedWindowId();
    const empty =
      focused !== null && windows.isEmpty(focused)
        ? focused
        : windows.ids().find((id) => windows.isEmpty(id));
    const target = empty ?? shell.createWindow();
    this.deliver(target, file, loaded);
    if (empty !== undefined) shell.focus(target);
  }

  async saveFile(
    windowId: number,
    ref: FileRef,
    text: string,
    options: { overwrite?: boolean | undefined },
  ): Promise<SaveResult> {
    const refused: SaveResult = {
      status: 'failed',
      message: this.deps.t('desktop.errors.notGranted', { name: ref.name }),
    };
    if (!this.deps.windows.grant(windowId, ref.handle)) return refused;
    return this.locks.run(pathKey(ref.handle), async () => {
      // Read inside the lock: a disk check may just have moved the window's version.
      const granted = this.deps.windows.grant(windowId, ref.handle);
      if (!granted) return refused;
      const file = granted.path;
      try {
        const outcome = await this.deps.files.save(file, text, {
          expected: granted.stamp,
          overwrite: options.overwrite === true,
        });
        this.deps.windows.setGrant(windowId, file, outcome.stamp);
        if (outcome.status === 'conflict') {
          return { status: 'conflict', ref: fileRefFor(file), theirs: outcome.theirs };
        }
        await this.afterSave(windowId, file);
        return { status: 'saved', ref: fileRefFor(file) };
      } catch (error) {
        return {
          status: 'failed',
          message: fileError('saveFailed', file, error, this.deps.t).message,
        };
      }
    });
  }

  async saveFileAs(windowId: number, suggestedName: string, text: string): Promise<SaveResult> {
    const { t, dialogs, windows } = this.deps;
    const current = windows.get(windowId)?.path;
    const name = withJourneyExtension(safeFileName(suggestedName, t('desktop.untitled')));
    const folder = current ? path.dirname(current) : this.deps.defaultFolder();
    const chosen = await dialogs.chooseSavePath(windowId, {
      defaultPath: path.join(folder, name),
      filterName: t('desktop.filters.journeyMap'),
      extensions: ['journey.json'],
    });
    if (chosen === null) return { status: 'cancelled' };
    const file = withJourneyExtension(chosen);
    // The dialog asked about replacing `chosen`; a name we completed was not asked about.
    if (file !== chosen && (await exists(file))) {
      if (!(await dialogs.confirmReplace(windowId, path.basename(file)))) {
        return { status: 'cancelled' };
      }
    }
    return this.locks.run(pathKey(file), async () => {
      try {
        const outcome = await this.deps.files.save(file, text, { expected: null, overwrite: true });
        windows.setGrant(windowId, file, outcome.stamp);
        await this.afterSave(windowId, file);
        return { status: 'saved', ref: fileRefFor(file) };
      } catch (error) {
        return { status: 'failed', message: fileError('saveFailed', file, error, t).message };
      }
    });
  }

  async saveExport(
    windowId: number,
    suggestedName: string,
    data: Uint8Array,
    mimeType: ExportMimeType,
  ): Promise<boolean> {
    const { t } = this.deps;
    const { ext, filter } = EXPORT_EXTENSIONS[mimeType];
    let name = safeFileName(suggestedName, t('desktop.untitled'));
    if (!name.toLowerCase().endsWith(`.${ext}`)) name += `.${ext}`;
    const current = this.deps.windows.get(windowId)?.path;
    const chosen = await this.deps.dialogs.chooseSavePath(windowId, {
      defaultPath: path.join(current ? path.dirname(current) : this.deps.defaultFolder(), name),
      filterName: t(filter),
      extensions: [ext],
    });
    if (chosen === null) return false;
    try {
      await writeFileAtomic(chosen, data);
    } catch (error) {
      throw fileError('exportFailed', chosen, error, t);
    }
    return true;
  }

  /** After a renderer crash: give the reloaded page the file the window held. */
  async reloadAfterCrash(windowId: number): Promise<void> {
    const file = this.deps.windows.get(windowId)?.path;
    if (!file) return;
    try {
      this.deliver(windowId, file, await this.load(file));
    } catch (error) {
      await this.deps.dialogs.showError(windowId, (error as Error).message);
    }
  }

  windowClosed(windowId: number): void {
    this.setWatched(windowId, null);
  }

  /** Stops watching; for app quit and tests. */
  close(): void {
    this.watcher.close();
    this.watched.clear();
  }

  /** The watcher saw an event for `file`: tell each window holding it if it really changed. */
  checkDisk(file: string): Promise<void> {
    return this.locks.run(pathKey(file), async () => {
      for (const record of this.deps.windows.holding(file)) {
        const granted = this.deps.windows.grant(record.windowId, file);
        if (!granted) continue;
        const changed = await this.deps.files.changedSince(granted.path, granted.stamp);
        if (!changed) continue;
        this.deps.windows.setGrant(record.windowId, granted.path, changed.stamp);
        this.deps.shell.sendCommand(record.windowId, {
          type: 'fileChanged',
          file: { ref: fileRefFor(granted.path), text: changed.text },
        });
      }
    });
  }

  private async openFor(windowId: number, file: string): Promise<OpenedFile | null> {
    const open = this.deps.windows.holding(file)[0];
    if (open && open.windowId !== windowId) {
      this.deps.shell.focus(open.windowId);
      return null;
    }
    const loaded = await this.load(file);
    if (open || this.deps.windows.isEmpty(windowId)) {
      return this.adopt(windowId, file, loaded);
    }
    this.deliver(this.deps.shell.createWindow(), file, loaded);
    return null;
  }

  private async load(file: string): Promise<LoadedDocument> {
    try {
      return await this.deps.files.load(file);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') await this.forgetRecent(file);
      throw fileError('openFailed', file, error, this.deps.t);
    }
  }

  /** Sends a file to a window through the command channel (a new or a reused window). */
  private deliver(windowId: number, file: string, loaded: LoadedDocument): void {
    const opened = this.adopt(windowId, file, loaded);
    this.deps.shell.sendCommand(windowId, { type: 'openFile', file: opened });
  }

  private adopt(windowId: number, file: string, loaded: LoadedDocument): OpenedFile {
    const record = this.deps.windows.get(windowId);
    if (record) {
      record.claimed = true;
      record.path = file;
    }
    this.deps.windows.setGrant(windowId, file, loaded.stamp);
    this.setWatched(windowId, file);
    void this.remember(file);
    return { ref: fileRefFor(file), text: loaded.text };
  }

  private async afterSave(windowId: number, file: string): Promise<void> {
    const record = this.deps.windows.get(windowId);
    if (record) record.path = file;
    this.setWatched(windowId, file);
    await this.deps.recovery.clearWritten(windowId);
    await this.remember(file);
  }

  private setWatched(windowId: number, file: string | null): void {
    const previous = this.watched.get(windowId);
    if (previous !== undefined && file !== null && pathKey(previous) === pathKey(file)) return;
    if (previous !== undefined) this.watcher.remove(previous);
    if (file === null) {
      this.watched.delete(windowId);
    } else {
      this.watched.set(windowId, file);
      this.watcher.add(file);
    }
  }

  private async remember(file: string): Promise<void> {
    this.deps.shell.addRecentDocument(file);
    await this.deps.recent.add(file).catch(() => undefined);
    this.deps.onRecentChanged?.();
  }

  private async forgetRecent(file: string): Promise<void> {
    if (!this.deps.recent.files.includes(file)) return;
    await this.deps.recent.remove(file).catch(() => undefined);
    this.deps.onRecentChanged?.();
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
