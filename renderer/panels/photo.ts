import { LIMITS } from '../../shared/model';

/** Photos are kept small: a map file stays pleasant in git and quick to load. */
const MAX_SIDE = 512;
const KEEP_AS_IS_BYTES = 200_000;
const ACCEPTED = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

export type PhotoResult =
  { ok: true; dataUrl: string } | { ok: false; reason: 'type' | 'size' | 'unreadable' };

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A persona photo as an embedded data URL: small PNG or JPEG files as they are, anything
 * larger scaled to at most 512 px and stored as JPEG (which every exporter can embed).
 */
export async function photoDataUrl(file: File): Promise<PhotoResult> {
  if (!ACCEPTED.includes(file.type)) return { ok: false, reason: 'type' };
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const small = scale === 1 && file.size <= KEEP_AS_IS_BYTES;
    if (small && (file.type === 'image/png' || file.type === 'image/jpeg')) {
      bitmap.close();
      const dataUrl = await readAsDataUrl(file);
      return dataUrl.length <= LIMITS.photo ? { ok: true, dataUrl } : { ok: false, reason: 'size' };
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, reason: 'unreadable' };
    context.fillStyle = '#ffffff'; // JPEG has no transparency
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const dataUrl = canvas.toDataURL('image/jpeg', 0.85);
    return dataUrl.length <= LIMITS.photo ? { ok: true, dataUrl } : { ok: false, reason: 'size' };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
