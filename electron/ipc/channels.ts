/**
 * The named IPC channels between the preload and the main process: the only ones the
 * preload uses and the only ones main listens on. Plain constants, imported by both sides.
 */
import type {
  CommittedVersion,
  ComparedFile,
  FileToImport,
  OpenedFile,
  Preferences,
  RecoveryEntry,
  SaveResult,
} from '../../shared/host';

/** Renderer → main, with a reply (`ipcRenderer.invoke` / `ipcMain.handle`). */
export const INVOKE_CHANNELS = {
  openFile: 'host:open-file',
  openDroppedFile: 'host:open-dropped-file',
  chooseFileToImport: 'host:choose-file-to-import',
  chooseFileToCompare: 'host:choose-file-to-compare',
  readCommittedVersion: 'host:read-committed-version',
  saveFile: 'host:save-file',
  saveFileAs: 'host:save-file-as',
  saveExport: 'host:save-export',
  recoveryWrite: 'host:recovery-write',
  recoveryList: 'host:recovery-list',
  recoveryDiscard: 'host:recovery-discard',
  openExternal: 'host:open-external',
  readPreferences: 'host:read-preferences',
} as const;

/** Renderer → main, no reply (`ipcRenderer.send` / `ipcMain.on`). */
export const SEND_CHANNELS = {
  setDocumentState: 'host:set-document-state',
  closeAfterSave: 'host:close-after-save',
  setMenuItems: 'host:set-menu-items',
  writePreferences: 'host:write-preferences',
} as const;

/** Main → renderer: a `HostCommand` (menu items, files from the OS, disk changes). */
export const COMMAND_CHANNEL = 'host:command';

export type InvokeName = keyof typeof INVOKE_CHANNELS;
export type SendName = keyof typeof SEND_CHANNELS;

/**
 * Every invoke reply is wrapped so that a failure reaches the renderer as a clean,
 * translated message rather than Electron's "Error invoking remote method …" text.
 */
export type InvokeReply<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** What each invoke channel answers with (a promise of the `value` of an ok reply). */
export interface InvokeResults {
  openFile: Promise<OpenedFile | null>;
  openDroppedFile: Promise<OpenedFile | null>;
  chooseFileToImport: Promise<FileToImport | null>;
  chooseFileToCompare: Promise<ComparedFile | null>;
  readCommittedVersion: Promise<CommittedVersion>;
  saveFile: Promise<SaveResult>;
  saveFileAs: Promise<SaveResult>;
  saveExport: Promise<boolean>;
  recoveryWrite: Promise<void>;
  recoveryList: Promise<RecoveryEntry[]>;
  recoveryDiscard: Promise<void>;
  openExternal: Promise<void>;
  readPreferences: Promise<Preferences>;
}
