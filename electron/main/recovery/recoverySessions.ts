/**
 * Which window offers which recovery entries, and which entries a window may remove.
 *
 * How windows share them: at start-up main reads the entries a crashed session left and
 * hands each to exactly one window (the window that opens the same file, else a window of
 * its own), so every window's restore prompt shows its own map and no entry is offered
 * twice. A window's `list()` returns the entries handed to it. Entries a window writes are
 * "its own": they are removed when it saves, when the user chooses Don't Save, or when it
 * closes with nothing unsaved. Entries only offered (never answered) stay for the next
 * start. If a window's renderer crashes, its own entries are offered to it again after it
 * reloads.
 */
import type { RecoveryEntry } from '../../../shared/host';
import type { RecoveryStore } from './recoveryStore';

export class RecoverySessions {
  /** key → window the entry is offered to. */
  private readonly offered = new Map<string, number>();
  /** key → window that wrote it in this session. */
  private readonly written = new Map<string, number>();

  constructor(private readonly store: RecoveryStore) {}

  /** Entries left by a crashed session (call once, at start-up, before any write). */
  leftovers(): Promise<RecoveryEntry[]> {
    return this.store.readAll();
  }

  offer(windowId: number, key: string): void {
    this.offered.set(key, windowId);
  }

  async list(windowId: number): Promise<RecoveryEntry[]> {
    const keys = [...this.offered].filter(([, owner]) => owner === windowId).map(([key]) => key);
    const entries = await Promise.all(keys.map((key) => this.store.read(key)));
    return entries.filter((entry): entry is RecoveryEntry => entry !== null);
  }

  async write(windowId: number, entry: RecoveryEntry): Promise<void> {
    const owner = this.written.get(entry.key);
    // A key is one document's: another window may not overwrite it.
    if (owner !== undefined && owner !== windowId) return;
    const offeredTo = this.offered.get(entry.key);
    if (offeredTo !== undefined && offeredTo !== windowId) return;
    this.written.set(entry.key, windowId);
    await this.store.write(entry);
  }

  /** The user declined to restore, or the renderer adopted the entry under a new key. */
  async discard(windowId: number, key: string): Promise<void> {
    const mine = this.offered.get(key) === windowId || this.written.get(key) === windowId;
    if (!mine) return;
    this.offered.delete(key);
    this.written.delete(key);
    await this.store.remove(key);
  }

  /** The window saved, chose Don't Save, or closed clean: its own entries are obsolete. */
  async clearWritten(windowId: number): Promise<void> {
    const keys = [...this.written].filter(([, owner]) => owner === windowId).map(([key]) => key);
    for (const key of keys) {
      this.written.delete(key);
      this.offered.delete(key);
    }
    await Promise.all(keys.map((key) => this.store.remove(key)));
  }

  /** The window is gone: what it was only offered stays on disk for the next start. */
  forgetWindow(windowId: number): void {
    for (const map of [this.offered, this.written]) {
      for (const [key, owner] of [...map]) if (owner === windowId) map.delete(key);
    }
  }

  /** The window's renderer crashed: offer its own entries to it again after the reload. */
  rendererCrashed(windowId: number): void {
    for (const [key, owner] of this.written)
      if (owner === windowId) this.offered.set(key, windowId);
  }
}
