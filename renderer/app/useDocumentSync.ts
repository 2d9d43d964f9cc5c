import { useEffect } from 'react';
import type { Host } from '../../shared/host';
import type { Translate } from '../../shared/load';
import { serializeMap } from '../../shared/serialize';
import { isDirty, type EditorStore } from '../store';

/** How long unsaved edits wait before their recovery copy is written. */
export const RECOVERY_DELAY_MS = 2000;

/**
 * Keeps the host informed: the window title with the unsaved marker (and whether closing
 * must ask), and a recovery copy of unsaved work written a few seconds after edits, so that
 * a crash loses at most those seconds.
 */
export function useDocumentSync(store: EditorStore, host: Host, t: Translate): void {
  useEffect(() => {
    let last = '';
    const report = () => {
      const state = store.getState();
      const dirty = isDirty(state);
      const title = state.doc?.title || t('editor.untitled');
      const key = `${title}\u0000${state.file.ref?.handle ?? ''}\u0000${state.file.ref?.name ?? ''}\u0000${dirty}`;
      if (key === last) return;
      last = key;
      host.setDocumentState({ title, ref: state.file.ref, dirty });
    };
    report();
    return store.subscribe(report);
  }, [store, host, t]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let written = { key: '', revision: -1 };
    const writeNow = () => {
      timer = undefined;
      const state = store.getState();
      if (!state.doc || !isDirty(state)) return;
      written = { key: state.docKey, revision: state.revision };
      void host.recovery
        .write({
          key: state.docKey,
          ref: state.file.ref,
          title: state.doc.title,
          savedAt: Date.now(),
          text: serializeMap(state.doc),
        })
        .catch(() => undefined); // a full or blocked IndexedDB must not disturb editing
    };
    const unsubscribe = store.subscribe((state) => {
      const pending = state.doc !== null && isDirty(state);
      const fresh = written.key !== state.docKey || written.revision !== state.revision;
      // One write per interval picks up every edit made during it.
      if (pending && fresh && timer === undefined) timer = setTimeout(writeNow, RECOVERY_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, host]);
}
