import { decodeText } from './textCodec';

/**
 * The legacy code page Excel uses for "CSV (Comma delimited)" in a language's Windows: the
 * hint is the map's (or the UI's) language, since the bytes alone cannot tell windows-1251
 * from windows-1250 reliably.
 */
const LEGACY_ENCODING: Record<string, string> = {
  ru: 'windows-1251',
  uk: 'windows-1251',
  be: 'windows-1251',
  bg: 'windows-1251',
  pl: 'windows-1250',
  cs: 'windows-1250',
  sk: 'windows-1250',
  hu: 'windows-1250',
  fa: 'windows-1256',
  ar: 'windows-1256',
};
const DEFAULT_LEGACY_ENCODING = 'windows-1252';

export function legacyEncodingFor(language: string | undefined): string {
  const base = language?.toLowerCase().split(/[-_]/)[0] ?? '';
  return LEGACY_ENCODING[base] ?? DEFAULT_LEGACY_ENCODING;
}

export type Decoded =
  { ok: true; text: string; encoding: string; legacy: boolean } | { ok: false; reason: 'binary' };

/**
 * Bytes as text: a byte-order mark decides when there is one (UTF-8, UTF-16 LE/BE); else
 * strict UTF-8; else the legacy code page for `language` (and the caller warns that it did).
 * NUL bytes or many control characters mean binary data, not a table.
 */
export function decodeTable(bytes: Uint8Array, language?: string): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) {
    return {
      ok: true,
      text: decodeText(bytes.subarray(bom.length), bom.encoding),
      encoding: bom.encoding,
      legacy: false,
    };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: decodeText(bytes, 'utf-8', true), encoding: 'utf-8', legacy: false };
  } catch {
    const encoding = legacyEncodingFor(language);
    return { ok: true, text: decodeText(bytes, encoding), encoding, legacy: true };
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** How much of the start of a file binary detection looks at. */
const BINARY_SAMPLE = 64 * 1024;

/**
 * A NUL byte never occurs in a text table without a UTF-16 mark; other control characters
 * (besides tab, CR, LF, form feed) are rare in text, common in binary data.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SAMPLE);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > end / 100;
}
