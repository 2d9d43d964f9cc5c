import { createContext, useContext, type ReactNode } from 'react';
import type { Host } from '../../shared/host';
import { createBrowserHost } from './browser/browserHost';

const HostContext = createContext<Host | null>(null);

/** The Electron preload's Host when the app runs in its window, else the browser edition's. */
export function selectHost(): Host {
  const electronHost = (window as { journeyStudioHost?: Host }).journeyStudioHost;
  return electronHost ?? createBrowserHost();
}

export function HostProvider({ host, children }: { host: Host; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The Host of the nearest provider; used outside one it is a programming error. */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() must be used inside <HostProvider>');
  return host;
}
