/**
 * The one way the renderer reaches the world outside the page: files, dialogs, recovery,
 * the window and the OS. Electron's preload implements it over IPC; the browser edition
 * implements it with the File System Access API, downloads and IndexedDB. Types (and the
 * menu places), so that both sides (and the main process, which validates every message against
 * `electron/ipc`) compile against the same contract.
 */

import type { Preferences } from './preferences';

/** A file the user opened or saved. `handle` is opaque to the renderer. */
export interface FileRef {
  /** Electron: the absolute path. Browser: a key into the edition's handle registry. */
  readonly handle: string;
  /** The file name shown in the title bar, e.g. `onboarding.journey.json`. */
  readonly name: string;
}

export interface OpenedFile {
  readonly ref: FileRef;
  readonly text: string;
}

export type SaveResult =
  | { readonly status: 'saved'; readonly ref: FileRef }
  /** The file on disk is no longer the one that was loaded (git pull, another editor). */
  | { readonly status: 'conflict'; readonly ref: FileRef; readonly theirs: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface SaveOptions {
  /** Write even when the file on disk changed since it was loaded. */
  readonly overwrite?: boolean;
}

/** Unsaved work kept by the host so that a crash loses at most a few seconds. */
export interface RecoveryEntry {
  /** Which open document it belongs to (stable for the document's session). */
  readonly key: string;
  /** The file the work belongs to, when it had one. */
  readonly ref: FileRef | null;
  readonly title: string;
  /** Milliseconds since the epoch: for "last edited …" in the restore prompt. */
  readonly savedAt: number;
  readonly text: string;
}

/** A file read to compare the document with: neither opened nor watched. */
export interface ComparedFile {
  readonly name: string;
  readonly text: string;
}

/** What an import's open dialog offers: Mermaid diagrams and cards tables, or metrics tables. */
export type ImportKind = 'cards' | 'metrics';

/**
 * A file chosen to import: read as bytes (a workbook is not text), neither opened nor
 * watched. `bytes` is null when the file is over the import limit (`MAX_IMPORT_BYTES`): it was
 * not read, and its size says why.
 */
export interface FileToImport {
  readonly name: string;
  /** The file's size in bytes. */
  readonly size: number;
  readonly bytes: Uint8Array | null;
}

/**
 * The document's file as committed in git (HEAD), or why there is none. `unsupported`:
 * this host cannot run git (the browser edition).
 */
export type CommittedVersion =
  | { readonly status: 'ok'; readonly text: string }
  | { readonly status: 'unsupported' | 'noGit' | 'notInRepo' | 'notCommitted' }
  | { readonly status: 'failed'; readonly detail: string };

export type ThemeChoice = 'system' | 'light' | 'dark' | 'highContrast';

/**
 * Where an action sits in the desktop menu: the menu (before the colon) and the group of
 * items within it. The main process lays the menus out around these groups.
 */
export const MENU_PLACES = [
  'file:open',
  'file:save',
  'edit:history',
  'edit:select',
  'view:zoom',
  'view:modes',
  'help',
] as const;
export type MenuPlace = (typeof MENU_PLACES)[number];

/**
 * One item of the desktop menu made from an action of the renderer's registry, the one
 * source of shortcuts: the menu answers `shortcut` and sends `{ type: 'action', id }`.
 */
export interface MenuItemSpec {
  readonly id: string;
  readonly place: MenuPlace;
  /** i18n key of the item's label (`menu.*`); main translates it in the UI language. */
  readonly label: string;
  /** As the registry writes it (`Shift+Mod+Z`); null when the item has no accelerator. */
  readonly shortcut: string | null;
}

/** What the host asks the renderer to do: menu items, files opened from the OS, disk changes. */
export type HostCommand =
  /** File > New and New from Template: a new window for a new map. */
  | { readonly type: 'new' }
  | { readonly type: 'newFromTemplate' }
  /** A menu item made from the action with this id (see `MenuItemSpec`). */
  | { readonly type: 'action'; readonly id: string }
  /** The preferences changed (in another window, or View > Theme in the desktop menu). */
  | { readonly type: 'preferences'; readonly preferences: Preferences }
  /** A file to show in this window: from the command line, the OS, recent files or a drop. */
  | { readonly type: 'openFile'; readonly file: OpenedFile }
  /**
   * The open file changed on disk. From then on the host treats the reported text as the
   * loaded version: a later save overwrites it without a conflict (the user was asked here).
   */
  | { readonly type: 'fileChanged'; readonly file: OpenedFile }
  /** The user chose Save in the close prompt: save, then tell the host `closeAfterSave`. */
  | { readonly type: 'saveAndClose' };

/** A file dropped on the window: structurally a DOM `File`, named here without the DOM. */
export interface DroppedFile {
  readonly name: string;
  text(): Promise<string>;
}

export interface DocumentState {
  /** Shown in the window title with the unsaved marker. */
  readonly title: string;
  readonly ref: FileRef | null;
  readonly dirty: boolean;
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Shows an open dialog filtered to `*.journey.json`; null when cancelled. */
  openFile(): Promise<OpenedFile | null>;
  /**
   * Shows an open dialog for a file to import and reads it: for `cards` a Mermaid diagram or a
   * cards table (`.mmd`, `.csv`, `.tsv`, `.xlsx`), for `metrics` a table (CSV, TSV, XLSX);
   * null when cancelled.
   */
  chooseFileToImport(kind: ImportKind): Promise<FileToImport | null>;
  /** Shows an open dialog and reads the chosen map to compare with; null when cancelled. */
  chooseFileToCompare(): Promise<ComparedFile | null>;
  /** The version of the document's file committed in git (the desktop app runs git). */
  readCommittedVersion(ref: FileRef): Promise<CommittedVersion>;
  /** Opens a file that was dropped on the window (the browser edition reads it directly). */
  openDroppedFile(file: DroppedFile): Promise<OpenedFile | null>;
  /** Writes the document back to where it came from, atomically. */
  saveFile(ref: FileRef, text: string, options?: SaveOptions): Promise<SaveResult>;
  /** Asks where to save; returns `cancelled` when the user backs out. */
  saveFileAs(suggestedName: string, text: string): Promise<SaveResult>;
  /** Saves an export (PDF, PNG, SVG, CSV, XLSX, Mermaid). Resolves false when cancelled. */
  saveExport(suggestedName: string, data: Uint8Array, mimeType: string): Promise<boolean>;
  /** Crash recovery: written every few seconds while there are unsaved edits. */
  readonly recovery: {
    write(entry: RecoveryEntry): Promise<void>;
    list(): Promise<RecoveryEntry[]>;
    discard(key: string): Promise<void>;
  };
  /** The window title, the unsaved marker and whether closing must ask first. */
  setDocumentState(state: DocumentState): void;
  /** After a `saveAndClose` command: the save finished, the window may close. */
  closeAfterSave(saved: boolean): void;
  /** The user's preferences as the host keeps them (defaults when none were stored). */
  readPreferences(): Promise<Preferences>;
  /** Keeps a new choice; the desktop app also rebuilds its menus and tells its other windows. */
  writePreferences(preferences: Preferences): void;
  /** The desktop menu's items made from the actions (the browser edition has no menu). */
  setMenuItems(items: readonly MenuItemSpec[]): void;
  /** Subscribes to commands; returns the unsubscribe function. */
  onCommand(listener: (command: HostCommand) => void): () => void;
  /** Opens an http(s) link in the system browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
}
