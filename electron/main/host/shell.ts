/**
 * What the Host logic needs from Electron, as interfaces: windows, dialogs and the OS.
 * `electron/main/shell/*` implements them with BrowserWindow, dialog and shell; tests
 * implement them with fakes.
 */
import type { HostCommand } from '../../../shared/host';
import type { CloseChoice } from '../windows/closeGuard';

export interface WindowShell {
  /** Opens a new app window; returns its id (the id IPC events carry). */
  createWindow(): number;
  focus(windowId: number): void;
  focusedWindowId(): number | null;
  /** Delivered once the window's page has loaded (queued until then). */
  sendCommand(windowId: number, command: HostCommand): void;
  showDocumentState(
    windowId: number,
    view: { title: string; dirty: boolean; file: string | null },
  ): void;
  /** Asks the window to close (its close guard runs). */
  close(windowId: number): void;
  /** How many app windows are open. */
  count(): number;
  openExternal(url: string): Promise<void>;
  /** The OS's recent documents (jump list, dock menu). */
  addRecentDocument(file: string): void;
  clearRecentDocuments(): void;
}

export interface SaveDialogOptions {
  readonly defaultPath: string;
  readonly filterName: string;
  readonly extensions: readonly string[];
}

/** What an open dialog offers: maps, files to import as cards or a map, or tables of metrics. */
export type OpenKind = 'map' | 'import' | 'table';

export interface DialogShell {
  /** `kind`: a journey map (the default), a file to import as cards or a map (Mermaid, CSV, TSV,
   * XLSX), or a table to import metrics from (CSV, TSV, XLSX). */
  chooseFileToOpen(
    windowId: number | null,
    defaultDir: string | undefined,
    kind?: OpenKind,
  ): Promise<string | null>;
  chooseSavePath(windowId: number, options: SaveDialogOptions): Promise<string | null>;
  confirmReplace(windowId: number, fileName: string): Promise<boolean>;
  askSaveBeforeClose(windowId: number, documentName: string): Promise<CloseChoice>;
  showError(windowId: number | null, message: string): Promise<void>;
}
