/** Bytes as a "binary string" (one char per byte), in chunks that stay under argument limits. */
export function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const size = 0x8000;
  for (let i = 0; i < bytes.length; i += size) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + size)));
  }
  return chunks.join('');
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(binaryString(bytes));
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
