/**
 * `TextDecoder` and `TextEncoder` (the WHATWG Encoding standard) exist in every platform
 * shared/ runs on — browsers, Node and Electron — but TypeScript declares them only in the
 * DOM and Node typings, which shared/ must not see. These narrow types name the part the
 * importer uses.
 */
interface Decoder {
  decode(bytes: Uint8Array): string;
}
interface Encoder {
  encode(text: string): Uint8Array;
}
interface Codecs {
  TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
  TextEncoder: new () => Encoder;
}

const codecs = globalThis as unknown as Codecs;

/** Decodes `bytes`; with `fatal`, throws on bytes that are not valid in `encoding`. */
export function decodeText(bytes: Uint8Array, encoding: string, fatal = false): string {
  return new codecs.TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

export function encodeUtf8(text: string): Uint8Array {
  return new codecs.TextEncoder().encode(text);
}
