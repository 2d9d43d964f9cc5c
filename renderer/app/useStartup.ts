import { useEffect } from 'react';
import type { Host } from '../../shared/host';
import type { EditorStore } from '../store';

/** At start, offers to restore unsaved work that a closed or crashed window left behind. */
export function useStartup(store: EditorStore, host: Host): void {
  useEffect(() => {
    let cancelled = false;
    host.recovery
      .list()
      .then((entries) => {
        if (cancelled || entries.length === 0) return;
        store.getState().setRecovery(entries);
        store.getState().openDialog('restore');
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [store, host]);
}
