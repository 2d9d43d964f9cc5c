/**
 * The preload: exposes one object, `window.journeyStudioHost` (the typed Host), and
 * nothing else. It speaks only on the named channels in `electron/ipc/channels.ts`; main
 * checks the sender and validates every payload again. Runs sandboxed, so it is bundled
 * into one file that needs nothing but `electron`.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type {
  DocumentState,
  DroppedFile,
  FileRef,
  Host,
  HostCommand,
  MenuItemSpec,
  Preferences,
  RecoveryEntry,
} from '../../shared/host';
import {
  COMMAND_CHANNEL,
  INVOKE_CHANNELS,
  SEND_CHANNELS,
  type InvokeName,
  type InvokeReply,
  type InvokeResults,
} from '../ipc/channels';
import type { InvokeArgs } from '../ipc/schemas';

function call<N extends InvokeName>(name: N, ...args: InvokeArgs<N>): InvokeResults[N] {
  return ipcRenderer
    .invoke(INVOKE_CHANNELS[name], ...args)
    .then((reply: InvokeReply<Awaited<InvokeResults[N]>>) => {
      if (!reply.ok) throw new Error(reply.message);
      return reply.value;
    }) as InvokeResults[N];
}

/** Plain copies: only the fields the contract names cross to main. */
const plainRef = (ref: FileRef): FileRef => ({ handle: ref.handle, name: ref.name });
const plainEntry = (entry: RecoveryEntry): RecoveryEntry => ({
  key: entry.key,
  ref: entry.ref ? plainRef(entry.ref) : null,
  title: entry.title,
  savedAt: entry.savedAt,
  text: entry.text,
});
const plainMenuItem = (item: MenuItemSpec): MenuItemSpec => ({
  id: item.id,
  place: item.place,
  label: item.label,
  shortcut: item.shortcut,
});
const plainPreferences = (preferences: Preferences): Preferences => ({
  language: preferences.language,
  theme: preferences.theme,
});
const plainState = (state: DocumentState): DocumentState => ({
  title: state.title,
  ref: state.ref ? plainRef(state.ref) : null,
  dirty: state.dirty,
});

// Commands that arrive before the renderer subscribes (a file sent to a new window) wait.
const listeners = new Set<(command: HostCommand) => void>();
const early: HostCommand[] = [];
ipcRenderer.on(COMMAND_CHANNEL, (_event, command: HostCommand) => {
  if (listeners.size === 0) early.push(command);
  else for (const listener of listeners) listener(command);
});

const host: Host = {
  kind: 'electron',
  openFile: () => call('openFile'),
  chooseFileToImport: (kind) => call('chooseFileToImport', kind),
  chooseFileToCompare: () => call('chooseFileToCompare'),
  readCommittedVersion: (ref) => call('readCommittedVersion', plainRef(ref)),
  async openDroppedFile(file: DroppedFile) {
    // The renderer passes the DOM File it got from the drop; only it carries a path.
    let path = '';
    try {
      path = webUtils.getPathForFile(file as unknown as File);
    } catch {
      // Not a real File (something the page made up): nothing to open.
    }
    return path ? call('openDroppedFile', path) : null;
  },
  saveFile: (ref, text, options) =>
    call('saveFile', plainRef(ref), text, { overwrite: options?.overwrite === true }),
  saveFileAs: (suggestedName, text) => call('saveFileAs', suggestedName, text),
  saveExport: (suggestedName, data, mimeType) =>
    call('saveExport', suggestedName, data, mimeType as InvokeArgs<'saveExport'>[2]),
  recovery: {
    write: (entry) => call('recoveryWrite', plainEntry(entry)),
    list: () => call('recoveryList'),
    discard: (key) => call('recoveryDiscard', key),
  },
  setDocumentState(state) {
    ipcRenderer.send(SEND_CHANNELS.setDocumentState, plainState(state));
  },
  closeAfterSave(saved) {
    ipcRenderer.send(SEND_CHANNELS.closeAfterSave, saved === true);
  },
  readPreferences: () => call('readPreferences'),
  writePreferences(preferences) {
    ipcRenderer.send(SEND_CHANNELS.writePreferences, plainPreferences(preferences));
  },
  setMenuItems(items) {
    ipcRenderer.send(SEND_CHANNELS.setMenuItems, items.map(plainMenuItem));
  },
  onCommand(listener) {
    listeners.add(listener);
    for (const command of early.splice(0)) listener(command);
    return () => {
      listeners.delete(listener);
    };
  },
  openExternal: (url) => call('openExternal', url),
};

contextBridge.exposeInMainWorld('journeyStudioHost', host);
