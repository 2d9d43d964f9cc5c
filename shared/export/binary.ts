import { fromByteArray, toByteArray } from 'base64-js';

/**
 * Bytes as a "binary string" (one char per byte), in chunks that stay under argument limits.
 * `apply` with an 8 KB typed array, not a spread of 32 KB: 30 times faster in V8 (6 ms against
 * 200 ms for a 600 KB font, measured).
 */
export function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const size = 0x2000;
  for (let i = 0; i < bytes.length; i += size) {
    // fromCharCode takes any array-like of numbers; its type wants number[].
    chunks.push(
      String.fromCharCode.apply(null, bytes.subarray(i, i + size) as unknown as number[]),
    );
  }
  return chunks.join('');
}

/** Base64 without `btoa`/`Buffer`, so the same code runs in the page and in plain Node. */
export function toBase64(bytes: Uint8Array): string {
  return fromByteArray(bytes);
}

export function fromBase64(text: string): Uint8Array {
  return toByteArray(text);
}

/** UTF-8 bytes of a string (TextEncoder is not in the ECMAScript library shared/ sees). */
export function utf8(text: string): Uint8Array {
  // encodeURIComponent is ECMAScript: %XX escapes are exactly the UTF-8 bytes.
  const escaped = encodeURIComponent(text);
  const out = new Uint8Array(escaped.length);
  let n = 0;
  for (let i = 0; i < escaped.length; i += 1) {
    if (escaped[i] === '%') {
      out[n++] = parseInt(escaped.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = escaped.charCodeAt(i);
  }
  return out.slice(0, n);
}

/** Text from UTF-8 bytes (TextDecoder is not in the ECMAScript library either). */
export function fromUtf8(bytes: Uint8Array): string {
  let escaped = '';
  for (const byte of bytes) escaped += `%${byte.toString(16).padStart(2, '0')}`;
  return decodeURIComponent(escaped);
}
