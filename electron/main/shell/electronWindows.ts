/**
 * App windows with Electron: created with the locked-down webPreferences, loaded from the
 * app protocol, and wired to the close guard and crash handling. Commands for a window
 * wait until its page has loaded (the preload then buffers them until the renderer
 * subscribes), so a file sent to a brand-new window is never lost.
 */
import { BrowserWindow, app, shell } from 'electron';
import type { HostCommand } from '../../../shared/host';
import { COMMAND_CHANNEL } from '../../ipc/channels';
import type { WindowShell } from '../host/shell';

export interface WindowEvents {
  /** Called before the page loads, so IPC from it finds the window registered. */
  created(windowId: number): void;
  /** From the `close` event: false keeps the window open. */
  closeRequested(windowId: number): boolean;
  closed(windowId: number): void;
  /** The renderer process died; the window reloads right after. */
  rendererGone(windowId: number): void;
}

export interface ElectronWindowsOptions {
  readonly preload: string;
  readonly entryUrl: string;
  readonly devTools: boolean;
  readonly title: string;
  readonly events: WindowEvents;
}

export class ElectronWindows implements WindowShell {
  /** By webContents id: the id IPC events carry. */
  private readonly windows = new Map<number, BrowserWindow>();
  private readonly pending = new Map<number, HostCommand[]>();
  private readonly loaded = new Set<number>();

  constructor(private readonly options: ElectronWindowsOptions) {}

  createWindow(): number {
    const { events } = this.options;
    const win = new BrowserWindow({
      width: 1280,
      height: 800,
      minWidth: 640,
      minHeight: 480,
      show: false,
      title: this.options.title,
      // The Electron security checklist, written out here where scanners can read it.
      webPreferences: {
        preload: this.options.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        // Middle-click would open links in a new window (denied anyway); switch it off.
        disableBlinkFeatures: 'Auxclick',
        devTools: this.options.devTools,
      },
    });
    const id = win.webContents.id;
    this.windows.set(id, win);
    this.pending.set(id, []);
    win.once('ready-to-show', () => win.show());
    win.on('close', (event) => {
      if (!events.closeRequested(id)) event.preventDefault();
    });
    win.on('closed', () => {
      this.windows.delete(id);
      this.pending.delete(id);
      this.loaded.delete(id);
      events.closed(id);
    });
    win.webContents.on('did-start-loading', () => this.loaded.delete(id));
    win.webContents.on('did-finish-load', () => {
      this.loaded.add(id);
      this.flush(id);
    });
    win.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit' || win.isDestroyed()) return;
      events.rendererGone(id);
      win.webContents.reload();
    });
    events.created(id);
    void win.loadURL(this.options.entryUrl);
    return id;
  }

  /** The window id for an IPC sender, or null when it is not one of our windows. */
  windowIdFor(webContentsId: number): number | null {
    return this.windows.has(webContentsId) ? webContentsId : null;
  }

  count(): number {
    return this.windows.size;
  }

  focus(windowId: number): void {
    const win = this.windows.get(windowId);
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  focusedWindowId(): number | null {
    const focused = BrowserWindow.getFocusedWindow();
    return focused && this.windows.has(focused.webContents.id) ? focused.webContents.id : null;
  }

  /** Any window, for a second instance started without files. */
  anyWindowId(): number | null {
    return this.windows.keys().next().value ?? null;
  }

  sendCommand(windowId: number, command: HostCommand): void {
    this.pending.get(windowId)?.push(command);
    if (this.loaded.has(windowId)) this.flush(windowId);
  }

  showDocumentState(
    windowId: number,
    view: { title: string; dirty: boolean; file: string | null },
  ): void {
    const win = this.windows.get(windowId);
    if (!win) return;
    win.setTitle(view.title);
    if (process.platform === 'darwin') {
      win.setDocumentEdited(view.dirty);
      win.setRepresentedFilename(view.file ?? '');
    }
  }

  close(windowId: number): void {
    this.windows.get(windowId)?.close();
  }

  openExternal(url: string): Promise<void> {
    return shell.openExternal(url);
  }

  /** The OS list exists on macOS (dock) and Windows (jump list) only. */
  addRecentDocument(file: string): void {
    if (process.platform === 'darwin' || process.platform === 'win32') app.addRecentDocument(file);
  }

  clearRecentDocuments(): void {
    if (process.platform === 'darwin' || process.platform === 'win32') app.clearRecentDocuments();
  }

  browserWindow(windowId: number | null): BrowserWindow | undefined {
    return windowId === null ? undefined : this.windows.get(windowId);
  }

  private flush(windowId: number): void {
    const win = this.windows.get(windowId);
    const queue = this.pending.get(windowId);
    if (!win || !queue) return;
    for (const command of queue.splice(0)) win.webContents.send(COMMAND_CHANNEL, command);
  }
}
