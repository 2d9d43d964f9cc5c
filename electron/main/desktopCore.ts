/**
 * Everything the desktop app does, minus Electron: the window records, files, recovery,
 * recent files, the close guard and the Host handlers, wired together over the
 * WindowShell and DialogShell interfaces. `main.ts` gives it Electron's windows and
 * dialogs; tests give it fakes and temp folders.
 */
import path from 'node:path';
import type { MenuItemSpec, Preferences } from '../../shared/host';
import { DocumentFiles } from './files/documentFiles';
import { RecentFiles } from './files/recentFiles';
import { HostFiles } from './host/hostFiles';
import { createHostHandlers } from './host/hostService';
import type { DialogShell, WindowShell } from './host/shell';
import type { Translate } from './i18n';
import type { InvokeHandlers, SendHandlers } from './ipc/registerHostHandlers';
import type { MenuActions } from './menu/menuTemplate';
import { RecoverySessions } from './recovery/recoverySessions';
import { RecoveryStore } from './recovery/recoveryStore';
import { DesktopPreferences } from './settings/desktopPreferences';
import { CloseGuard } from './windows/closeGuard';
import { DocumentWindows } from './windows/documentWindows';
import { documentName } from './windows/windowTitle';

export interface DesktopCoreOptions {
  /** The app's user-data folder: recovery files and the recent list live there. */
  readonly userData: string;
  readonly shell: WindowShell;
  readonly dialogs: DialogShell;
  readonly t: Translate;
  /** Where dialogs start for a map without a file. */
  readonly defaultFolder: () => string;
  /** The recent list or the menu's actions changed: rebuild the menu. */
  readonly onMenuChanged?: () => void;
  /**
   * The preferences were read at start or changed (Settings in a window, View > Theme):
   * switch main's language and rebuild the menu.
   */
  readonly onPreferencesChanged?: (preferences: Preferences) => void;
  /** A quit in progress was called off by a close prompt. */
  readonly abortQuit?: () => void;
  readonly watchDebounceMs?: number;
}

export class DesktopCore {
  readonly windows = new DocumentWindows();
  readonly recovery: RecoverySessions;
  readonly recent: RecentFiles;
  readonly files: HostFiles;
  readonly closeGuard: CloseGuard;
  readonly preferences: DesktopPreferences;
  readonly handlers: InvokeHandlers & SendHandlers;
  /** The renderer's actions for the menu, as the windows report them (all send the same). */
  menuItems: readonly MenuItemSpec[] = [];

  constructor(private readonly options: DesktopCoreOptions) {
    const { shell, dialogs, t, userData } = options;
    this.recovery = new RecoverySessions(new RecoveryStore(path.join(userData, 'recovery')));
    this.recent = new RecentFiles(path.join(userData, 'recent-files.json'));
    this.files = new HostFiles({
      windows: this.windows,
      files: new DocumentFiles(),
      shell,
      dialogs,
      recent: this.recent,
      recovery: this.recovery,
      t,
      defaultFolder: options.defaultFolder,
      ...(options.onMenuChanged ? { onRecentChanged: options.onMenuChanged } : {}),
      ...(options.watchDebounceMs ? { watchDebounceMs: options.watchDebounceMs } : {}),
    });
    this.preferences = new DesktopPreferences(
      path.join(userData, 'preferences.json'),
      (preferences) => {
        // Every window follows (the one that chose already has it; taking it again is harmless).
        for (const id of this.windows.ids())
          shell.sendCommand(id, { type: 'preferences', preferences });
        options.onPreferencesChanged?.(preferences);
      },
    );
    this.closeGuard = new CloseGuard({
      isDirty: (id) => this.windows.get(id)?.dirty ?? false,
      ask: (id) => dialogs.askSaveBeforeClose(id, this.documentNameOf(id)),
      requestSave: (id) => shell.sendCommand(id, { type: 'saveAndClose' }),
      close: (id) => shell.close(id),
      discardRecovery: (id) => this.recovery.clearWritten(id),
      abortQuit: () => options.abortQuit?.(),
    });
    this.handlers = createHostHandlers({
      files: this.files,
      windows: this.windows,
      recovery: this.recovery,
      shell,
      closeGuard: this.closeGuard,
      t,
      preferences: this.preferences,
      setMenuItems: (items) => {
        if (JSON.stringify(items) === JSON.stringify(this.menuItems)) return;
        this.menuItems = items;
        options.onMenuChanged?.();
      },
    });
  }

  /**
   * Start-up: the preferences (main's language and the menu follow them), then the maps named on the command line or by the OS first, then each map a
   * crashed session left (in the window of its file, else in a window of its own), and at
   * least one window.
   */
  async start(initialFiles: readonly string[]): Promise<void> {
    const { shell } = this.options;
    this.options.onPreferencesChanged?.(await this.preferences.load());
    await this.recent.load();
    const leftovers = await this.recovery.leftovers();
    for (const file of initialFiles) await this.files.openFromOutside(file);
    for (const entry of leftovers) {
      const holder = entry.ref ? this.windows.holding(entry.ref.handle)[0] : undefined;
      const windowId = holder?.windowId ?? shell.createWindow();
      const record = this.windows.get(windowId);
      if (record) record.claimed = true;
      this.recovery.offer(windowId, entry.key);
    }
    if (shell.count() === 0) shell.createWindow();
  }

  windowCreated(windowId: number): void {
    this.windows.add(windowId);
  }

  windowClosed(windowId: number): void {
    this.closeGuard.forget(windowId);
    this.files.windowClosed(windowId);
    this.recovery.forgetWindow(windowId);
    this.windows.remove(windowId);
  }

  /** The page reloads after a renderer crash: offer its unsaved work, give it its file. */
  rendererGone(windowId: number): void {
    this.recovery.rendererCrashed(windowId);
    const record = this.windows.get(windowId);
    if (record) record.dirty = false;
    void this.files.reloadAfterCrash(windowId);
  }

  /** What the application menu's items do. */
  menuActions(): MenuActions {
    const { shell } = this.options;
    return {
      command: (command) => {
        const focused = shell.focusedWindowId();
        if (focused !== null) shell.sendCommand(focused, command);
        // With no window open (macOS), Open… still opens: in a new window.
        else if (command.type === 'action' && command.id === 'open') {
          shell.sendCommand(shell.createWindow(), command);
        }
      },
      newWindow: (type) => shell.sendCommand(shell.createWindow(), { type }),
      setTheme: (theme) => void this.preferences.set({ ...this.preferences.current, theme }),
      openRecent: (file) => void this.files.openFromOutside(file),
      clearRecent: () => {
        shell.clearRecentDocuments();
        void this.recent.clear().finally(() => this.options.onMenuChanged?.());
      },
    };
  }

  private documentNameOf(windowId: number): string {
    const record = this.windows.get(windowId);
    const fileName = record?.path ? path.basename(record.path) : null;
    return documentName({ fileName, title: record?.title ?? '' }, this.options.t);
  }
}
