import type { CompareView } from '../../shared/compare';
import { loadMap } from '../../shared/load';
import type { ActionContext } from '../actions/types';
import { problemLines } from '../files/problems';
import type { EditorStore } from '../store';

/**
 * Starting a compare: the other version comes through the Host (a file the user picks, or
 * the committed version in the desktop app) and through the loader gate like any map; a
 * file that does not load is reported and nothing changes. Compare is a view: the document,
 * its history and its file stay as they are.
 */
export async function compareWithFile(context: ActionContext): Promise<void> {
  const file = await context.host.chooseFileToCompare();
  if (file) start(context, file.text, file.name);
}

export async function compareWithCommitted(context: ActionContext): Promise<void> {
  const { store, host, t } = context;
  const ref = store.getState().file.ref;
  const notify = (message: string, details?: string[]) =>
    store.getState().notify({ tone: 'warning', message, ...(details ? { details } : {}) });
  if (!ref) {
    notify(t('compare.notices.noFile'));
    return;
  }
  const result = await host.readCommittedVersion(ref);
  switch (result.status) {
    case 'ok':
      start(context, result.text, t('compare.committedName', { name: ref.name }));
      return;
    case 'failed':
      notify(t('compare.notices.failed', { name: ref.name, detail: result.detail }));
      return;
    default:
      notify(t(`compare.notices.${result.status}`, { name: ref.name }));
  }
}

function start({ store, t }: ActionContext, text: string, name: string): void {
  const loaded = loadMap(text);
  if (!loaded.ok) {
    store.getState().notify({
      tone: 'error',
      message: t('compare.notices.openFailed', { name }),
      details: problemLines(loaded.errors, t),
    });
    return;
  }
  store.getState().stopEditing();
  store.getState().startCompare(loaded.map, name);
}

/**
 * Puts entry `index` of the change list in focus: its record is selected (the canvas centres
 * it, see CompareFocus); an entry about the map itself or a persona selects nothing.
 */
export function showEntry(store: EditorStore, view: CompareView, index: number): void {
  const entry = view.entries[index];
  if (!entry) return;
  store.getState().setCompareIndex(index);
  const target = entry.target;
  const select = store.getState().select;
  switch (target?.kind) {
    case 'card':
      select({ kind: 'cards', ids: [target.id] }, null);
      return;
    case 'stage':
    case 'lane':
    case 'connector':
      select({ kind: target.kind, id: target.id }, null);
      return;
    default:
      select({ kind: 'none' }, null);
  }
}

/** The next (1) or previous (−1) entry, wrapping round; the first step goes to either end. */
export function stepIndex(current: number | null, count: number, delta: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return delta === 1 ? 0 : count - 1;
  return (current + delta + count) % count;
}
