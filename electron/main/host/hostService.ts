/**
 * All Host handlers for IPC, per window: files (HostFiles), recovery, document state and
 * the window title, the close handshake, external links, preferences, the menu's items.
 */
import path from 'node:path';
import type { DocumentState, MenuItemSpec } from '../../../shared/host';
import type { DesktopPreferences } from '../settings/desktopPreferences';
import type { Translate } from '../i18n';
import {
  UserFacingError,
  type InvokeHandlers,
  type SendHandlers,
} from '../ipc/registerHostHandlers';
import type { RecoverySessions } from '../recovery/recoverySessions';
import { safeExternalUrl } from '../security/navigationPolicy';
import type { CloseGuard } from '../windows/closeGuard';
import type { DocumentWindows } from '../windows/documentWindows';
import { windowTitle } from '../windows/windowTitle';
import type { HostFiles } from './hostFiles';
import type { WindowShell } from './shell';

export interface HostServiceDeps {
  readonly files: HostFiles;
  readonly windows: DocumentWindows;
  readonly recovery: RecoverySessions;
  readonly shell: WindowShell;
  readonly closeGuard: CloseGuard;
  readonly t: Translate;
  readonly preferences: DesktopPreferences;
  /** A window reported the actions for the desktop menu. */
  readonly setMenuItems: (items: readonly MenuItemSpec[]) => void;
}

export function createHostHandlers(deps: HostServiceDeps): InvokeHandlers & SendHandlers {
  const { files, windows, recovery, shell, t } = deps;
  return {
    openFile: (windowId) => files.openFile(windowId),
    openDroppedFile: (windowId, file) => files.openDroppedFile(windowId, file),
    chooseFileToImport: (windowId, kind) => files.chooseFileToImport(windowId, kind),
    chooseFileToCompare: (windowId) => files.chooseFileToCompare(windowId),
    readCommittedVersion: (windowId, ref) => files.readCommittedVersion(windowId, ref),
    saveFile: (windowId, ref, text, options) => files.saveFile(windowId, ref, text, options),
    saveFileAs: (windowId, name, text) => files.saveFileAs(windowId, name, text),
    saveExport: (windowId, name, data, mimeType) =>
      files.saveExport(windowId, name, data, mimeType),
    recoveryWrite: (windowId, entry) => recovery.write(windowId, entry),
    recoveryList: (windowId) => recovery.list(windowId),
    recoveryDiscard: async (windowId, key) => {
      await recovery.discard(windowId, key);
      // A window that only held a restore offer is free again for the next map opened.
      const record = windows.get(windowId);
      if (record && record.path === null && !record.dirty) record.claimed = false;
    },
    openExternal: async (_windowId, url) => {
      const safe = safeExternalUrl(url);
      if (!safe) throw new UserFacingError(t('desktop.errors.externalRefused'));
      await shell.openExternal(safe);
    },
    setDocumentState: (windowId, state) => applyDocumentState(windowId, state),
    closeAfterSave: (windowId, saved) => deps.closeGuard.closeAfterSave(windowId, saved),
    readPreferences: () => Promise.resolve(deps.preferences.current),
    writePreferences: (_windowId, preferences) => void deps.preferences.set(preferences),
    setMenuItems: (_windowId, items) => deps.setMenuItems(items),
  };

  function applyDocumentState(windowId: number, state: DocumentState): void {
    const record = windows.get(windowId);
    if (!record) return;
    record.title = state.title;
    record.dirty = state.dirty;
    // The renderer may only name a file main gave it; a null ref keeps main's record (a
    // `fileChanged` for a file the window no longer shows is the renderer's to ignore).
    const granted = state.ref ? windows.grant(windowId, state.ref.handle) : null;
    const file = granted?.path ?? null;
    shell.showDocumentState(windowId, {
      title: windowTitle(
        { fileName: file ? path.basename(file) : null, title: state.title, dirty: state.dirty },
        t,
      ),
      dirty: state.dirty,
      file,
    });
  }
}
