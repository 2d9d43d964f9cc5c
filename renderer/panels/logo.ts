import { LIMITS } from '../../shared/model';

const ACCEPTED = ['image/png', 'image/jpeg', 'image/svg+xml'];

export type LogoResult =
  | { ok: true; dataUrl: string }
  | { ok: false; reason: 'logoNotImage' | 'logoTooBig'; size?: number };

/**
 * A cover logo as an embedded data URL, as the file is (a logo is drawn sharp at print size,
 * so it is not re-encoded); PNG, JPEG or SVG within the map's limit (`LIMITS.logo`).
 */
export async function logoDataUrl(file: File): Promise<LogoResult> {
  if (!ACCEPTED.includes(file.type)) return { ok: false, reason: 'logoNotImage' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const dataUrl = `data:${file.type};base64,${btoa(binary)}`;
  if (dataUrl.length > LIMITS.logo) {
    return { ok: false, reason: 'logoTooBig', size: Math.round(file.size / 1024) };
  }
  return { ok: true, dataUrl };
}

/** The largest logo file accepted, in KB (base64 grows a file by a third). */
export const MAX_LOGO_KB = Math.floor((LIMITS.logo * 3) / 4 / 1024);
