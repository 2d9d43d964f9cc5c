import i18next from 'i18next';
import { useMemo, useState } from 'react';
import type { Host } from '../../shared/host';
import type { Translate } from '../../shared/i18n/translate';
import { ActionContextProvider } from '../actions/ActionContextProvider';
import type { ActionContext } from '../actions/types';
import { createDocumentFlows } from '../files/documentFlows';
import { HostProvider } from '../host/hostContext';
import { useKeyboardShortcuts } from '../keyboard/useKeyboardShortcuts';
import { createEditorStore, EditorStoreProvider, type EditorStore } from '../store';
import '../theme/theme.css';
import './app.css';
import { EditorShell } from './EditorShell';
import { useClipboard } from './useClipboard';
import { useDocumentSync } from './useDocumentSync';
import { useFileDrop } from './useFileDrop';
import { useHostCommands } from './useHostCommands';
import { useStartup } from './useStartup';

const t: Translate = (key, options) => i18next.t(key, options);

/** The editor for one window: a store, the host's file flows, and the window-wide listeners. */
export function App({ host, store: given }: { host: Host; store?: EditorStore }) {
  const [store] = useState(() => given ?? createEditorStore());
  const context = useMemo<ActionContext>(
    () => ({ store, flows: createDocumentFlows(store, host, t), host, t }),
    [store, host],
  );
  return (
    <HostProvider host={host}>
      <EditorStoreProvider store={store}>
        <ActionContextProvider value={context}>
          <WindowListeners context={context} host={host} />
          <EditorShell />
        </ActionContextProvider>
      </EditorStoreProvider>
    </HostProvider>
  );
}

function WindowListeners({ context, host }: { context: ActionContext; host: Host }) {
  useKeyboardShortcuts(context, host);
  useHostCommands(context, host);
  useClipboard(context);
  useFileDrop(context.flows);
  useDocumentSync(context.store, host, context.t);
  useStartup(context.store, host);
  return null;
}
