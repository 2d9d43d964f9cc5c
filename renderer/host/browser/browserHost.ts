import i18next from 'i18next';
import { MAX_IMPORT_BYTES } from '../../../shared/import/limits';
import type {
  CommittedVersion,
  ComparedFile,
  DocumentState,
  DroppedFile,
  FileRef,
  FileToImport,
  ImportKind,
  Host,
  HostCommand,
  OpenedFile,
  SaveOptions,
  SaveResult,
} from '../../../shared/host';
import { readPreferences, writePreferences } from '../../settings/preferences';
import { chooseFileWithInput, downloadBytes } from './fallbackFiles';
import {
  ensureWritable,
  hasFileSystemAccess,
  importAccept,
  importType,
  pickFileToOpen,
  pickFileToSave,
} from './filePickers';
import { fingerprintOf, lookup, register, sha256 } from './fileRegistry';
import { watchFiles } from './fileWatcher';
import { discardRecovery, listRecovery, writeRecovery } from './recoveryStore';

const JSON_MIME = 'application/json';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: preferences last as long as the window
  }
}

/** A table's bytes, unless it is over the import limit (then its size says why not). */
/** The picker's label for each kind of import. */
const IMPORT_LABELS = {
  cards: 'desktop.filters.importable',
  metrics: 'desktop.filters.table',
} as const satisfies Record<ImportKind, string>;

/** A chosen file as the Host gives it: not read when over the import limit. */
async function fileToImport(file: File): Promise<FileToImport> {
  const bytes = file.size > MAX_IMPORT_BYTES ? null : new Uint8Array(await file.arrayBuffer());
  return { name: file.name, size: file.size, bytes };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The browser edition's Host: the File System Access API where the browser has it (open,
 * save in place, conflict checks, change polling), else a file input and downloads;
 * recovery copies in IndexedDB; preferences in localStorage.
 */
export function createBrowserHost(): Host {
  const listeners = new Set<(command: HostCommand) => void>();
  const emit = (command: HostCommand) => listeners.forEach((listener) => listener(command));
  let dirty = false;

  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
  if (hasFileSystemAccess()) {
    watchFiles((handle, name, text) =>
      emit({ type: 'fileChanged', file: { ref: { handle, name }, text } }),
    );
  }

  async function writeTo(handle: FileSystemFileHandle, text: string): Promise<FileRef> {
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    const file = await handle.getFile();
    const key = await register(handle, await fingerprintOf(file, text));
    return { handle: key, name: handle.name };
  }

  async function saveAs(suggestedName: string, text: string): Promise<SaveResult> {
    try {
      if (!hasFileSystemAccess()) {
        downloadBytes(suggestedName, text, JSON_MIME);
        return {
          status: 'saved',
          ref: { handle: `download:${suggestedName}`, name: suggestedName },
        };
      }
      const handle = await pickFileToSave(suggestedName);
      if (!handle) return { status: 'cancelled' };
      return { status: 'saved', ref: await writeTo(handle, text) };
    } catch (error) {
      return { status: 'failed', message: messageOf(error) };
    }
  }

  return {
    kind: 'browser',

    async openFile(): Promise<OpenedFile | null> {
      if (!hasFileSystemAccess()) {
        const file = await chooseFileWithInput();
        return file
          ? { ref: { handle: `upload:${file.name}`, name: file.name }, text: await file.text() }
          : null;
      }
      const handle = await pickFileToOpen();
      if (!handle) return null;
      const file = await handle.getFile();
      const text = await file.text();
      const key = await register(handle, await fingerprintOf(file, text));
      return { ref: { handle: key, name: handle.name }, text };
    },

    async chooseFileToImport(kind: ImportKind): Promise<FileToImport | null> {
      // Read, not registered: an imported file is neither saved to nor watched.
      const file = hasFileSystemAccess()
        ? await (await pickFileToOpen(importType(kind, i18next.t(IMPORT_LABELS[kind]))))?.getFile()
        : await chooseFileWithInput(importAccept(kind));
      return file ? fileToImport(file) : null;
    },

    async chooseFileToCompare(): Promise<ComparedFile | null> {
      // Read, not registered: a file to compare with is neither saved to nor watched.
      if (!hasFileSystemAccess()) {
        const file = await chooseFileWithInput();
        return file ? { name: file.name, text: await file.text() } : null;
      }
      const handle = await pickFileToOpen();
      if (!handle) return null;
      return { name: handle.name, text: await (await handle.getFile()).text() };
    },

    async readCommittedVersion(): Promise<CommittedVersion> {
      return { status: 'unsupported' }; // a web page cannot run git
    },

    async openDroppedFile(file: DroppedFile): Promise<OpenedFile | null> {
      // A dropped File carries no handle to write back to: saving it asks where.
      return { ref: { handle: `dropped:${file.name}`, name: file.name }, text: await file.text() };
    },

    async saveFile(ref: FileRef, text: string, options?: SaveOptions): Promise<SaveResult> {
      const entry = await lookup(ref.handle);
      if (!entry) return saveAs(ref.name, text);
      try {
        if (!(await ensureWritable(entry.handle))) return { status: 'cancelled' };
        const onDisk = await entry.handle.getFile();
        const baseline = entry.fingerprint;
        if (!options?.overwrite && baseline) {
          const moved =
            onDisk.size !== baseline.size || onDisk.lastModified !== baseline.lastModified;
          if (moved) {
            const theirs = await onDisk.text();
            if ((await sha256(theirs)) !== baseline.hash)
              return { status: 'conflict', ref, theirs };
          }
        }
        return { status: 'saved', ref: await writeTo(entry.handle, text) };
      } catch (error) {
        return { status: 'failed', message: messageOf(error) };
      }
    },

    saveFileAs: saveAs,

    async saveExport(suggestedName: string, data: Uint8Array, mimeType: string): Promise<boolean> {
      const bytes = new Uint8Array(data); // a plain ArrayBuffer-backed copy for Blob
      if (!hasFileSystemAccess()) {
        downloadBytes(suggestedName, bytes, mimeType);
        return true;
      }
      const extension = suggestedName.slice(suggestedName.lastIndexOf('.'));
      const handle = await pickFileToSave(suggestedName, {
        description: suggestedName,
        accept: { [mimeType]: [extension] },
      });
      if (!handle) return false;
      const writable = await handle.createWritable();
      await writable.write(bytes);
      await writable.close();
      return true;
    },

    recovery: { write: writeRecovery, list: listRecovery, discard: discardRecovery },

    setDocumentState(state: DocumentState): void {
      dirty = state.dirty;
      document.title = i18next.t('host.windowTitle', {
        marker: state.dirty ? '• ' : '',
        name: state.ref?.name ?? state.title,
      });
    },

    closeAfterSave(): void {
      // A browser tab is closed by its user; the browser edition never sends saveAndClose.
    },

    readPreferences: () => Promise.resolve(readPreferences(localStorageOrNull())),
    writePreferences: (preferences) => writePreferences(localStorageOrNull(), preferences),
    setMenuItems() {
      // No menu bar in a browser tab: the toolbar and the keyboard carry the actions.
    },
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async openExternal(url: string): Promise<void> {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return;
      window.open(parsed.toString(), '_blank', 'noopener,noreferrer');
    },
  };
}
