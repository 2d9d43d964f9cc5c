import { createStore, get, set } from 'idb-keyval';

/**
 * The browser edition's file handles, behind the opaque `FileRef.handle` keys the renderer
 * sees. Handles are kept in IndexedDB too (they survive structured cloning), so that a map
 * restored after a crash can still be saved to the file it came from.
 */
export interface Fingerprint {
  size: number;
  lastModified: number;
  /** SHA-256 of the text as last loaded or saved: a touched but unchanged file is no conflict. */
  hash: string;
}

interface Entry {
  handle: FileSystemFileHandle;
  fingerprint: Fingerprint | null;
}

const handleStore = createStore('journey-studio-handles', 'handles');
const entries = new Map<string, Entry>();

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function fingerprintOf(file: File, text: string): Promise<Fingerprint> {
  return { size: file.size, lastModified: file.lastModified, hash: await sha256(text) };
}

function newKey(): string {
  return `fs:${crypto.randomUUID()}`;
}

/** Registers a handle and returns its key (the same key again for the same file). */
export async function register(
  handle: FileSystemFileHandle,
  fingerprint: Fingerprint,
): Promise<string> {
  for (const [key, entry] of entries) {
    if (await entry.handle.isSameEntry(handle)) {
      entry.fingerprint = fingerprint;
      return key;
    }
  }
  const key = newKey();
  entries.set(key, { handle, fingerprint });
  await set(key, handle, handleStore).catch(() => undefined);
  return key;
}

export async function lookup(key: string): Promise<Entry | null> {
  const known = entries.get(key);
  if (known) return known;
  const stored = await get<FileSystemFileHandle>(key, handleStore).catch(() => undefined);
  if (!stored) return null;
  // Restored after a reload or crash: what is on disk now is unknown, so no baseline.
  const entry: Entry = { handle: stored, fingerprint: null };
  entries.set(key, entry);
  return entry;
}

export function setFingerprint(key: string, fingerprint: Fingerprint): void {
  const entry = entries.get(key);
  if (entry) entry.fingerprint = fingerprint;
}

export function registered(): ReadonlyMap<string, Entry> {
  return entries;
}
