import { fingerprintOf, registered, setFingerprint } from './fileRegistry';

/**
 * Notices when an open file changes on disk (another editor, a git pull). The File System
 * Access API has no change events in stable browsers, so this polls the handles' size and
 * modification time while the page is visible, and reads the text only when they moved.
 */
export function watchFiles(
  onChange: (key: string, name: string, text: string) => void,
  intervalMs = 2000,
): () => void {
  let busy = false;
  const tick = async () => {
    if (busy || document.visibilityState !== 'visible') return;
    busy = true;
    try {
      for (const [key, entry] of registered()) {
        const known = entry.fingerprint;
        if (!known) continue;
        const file = await entry.handle.getFile().catch(() => null);
        if (!file || (file.size === known.size && file.lastModified === known.lastModified)) {
          continue;
        }
        const text = await file.text();
        const now = await fingerprintOf(file, text);
        // Reported once: from here on the disk version is the baseline.
        setFingerprint(key, now);
        if (now.hash !== known.hash) onChange(key, entry.handle.name, text);
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  return () => clearInterval(timer);
}
