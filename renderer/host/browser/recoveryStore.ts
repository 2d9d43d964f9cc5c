import { createStore, del, set, values } from 'idb-keyval';
import type { RecoveryEntry } from '../../../shared/host';

/**
 * Recovery copies in IndexedDB. Each tab holds a Web Lock for every document it writes, so
 * `list` offers only the copies of tabs that are gone (closed or crashed), never those of a
 * tab that is still open.
 */
const store = createStore('journey-studio-recovery', 'entries');
const held = new Map<string, () => void>();

function lockName(key: string): string {
  return `journey-studio-document:${key}`;
}

async function holdLock(key: string): Promise<void> {
  if (held.has(key) || !navigator.locks) return;
  await new Promise<void>((acquired) => {
    void navigator.locks.request(lockName(key), () => {
      acquired();
      return new Promise<void>((release) => held.set(key, release));
    });
  });
}

export async function writeRecovery(entry: RecoveryEntry): Promise<void> {
  await holdLock(entry.key);
  await set(entry.key, entry, store);
}

export async function listRecovery(): Promise<RecoveryEntry[]> {
  const all = await values<RecoveryEntry>(store);
  const snapshot = navigator.locks ? await navigator.locks.query() : { held: [] };
  const live = new Set((snapshot.held ?? []).map((lock) => lock.name));
  return all
    .filter((entry) => !live.has(lockName(entry.key)))
    .sort((a, b) => b.savedAt - a.savedAt);
}

export async function discardRecovery(key: string): Promise<void> {
  await del(key, store);
  held.get(key)?.();
  held.delete(key);
}
