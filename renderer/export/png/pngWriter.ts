/**
 * A PNG encoder that takes the image a band of rows at a time, so that a map bigger than any
 * canvas Chromium allows (32,767 px a side, 268 million pixels) still becomes one PNG: each
 * band is fed to the browser's own deflate (CompressionStream, zlib format, as PNG's IDAT
 * wants).
 */

const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

let crcTable: Uint32Array | null = null;

function crc32(parts: readonly Uint8Array[]): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const bytes of parts) {
    for (let i = 0; i < bytes.length; i += 1) {
      crc = (crcTable[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([typeBytes, data]));
  return out;
}

export class PngWriter {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly compressed: Promise<Uint8Array[]>;
  private readonly channels: 3 | 4;
  private rowsWritten = 0;

  /** `alpha`: keep transparency (RGBA); otherwise RGB. */
  constructor(
    readonly width: number,
    readonly height: number,
    alpha: boolean,
  ) {
    this.channels = alpha ? 4 : 3;
    const stream = new CompressionStream('deflate');
    this.writer = stream.writable.getWriter();
    this.compressed = collect(stream.readable);
  }

  /**
   * Adds `rows` rows of RGBA pixels (ImageData layout, `width` wide), top to bottom. Rows go
   * in unfiltered: deflate finds a map's long runs of one colour by itself, and a filter pass
   * in script costs more time than it saves bytes.
   */
  async addRows(rgba: Uint8ClampedArray | Uint8Array, rows: number): Promise<void> {
    const stride = this.width * this.channels;
    const out = new Uint8Array(rows * (stride + 1));
    for (let r = 0; r < rows; r += 1) {
      const src = r * this.width * 4;
      const at = r * (stride + 1) + 1; // out[at - 1] = 0: filter type None
      if (this.channels === 4) {
        out.set(rgba.subarray(src, src + stride), at);
      } else {
        for (let x = 0, s = src; x < stride; x += 3, s += 4) {
          out[at + x] = rgba[s] ?? 0;
          out[at + x + 1] = rgba[s + 1] ?? 0;
          out[at + x + 2] = rgba[s + 2] ?? 0;
        }
      }
    }
    this.rowsWritten += rows;
    await this.writer.ready;
    await this.writer.write(out);
  }

  /** The PNG file. Every row must have been added. */
  async finish(): Promise<Uint8Array> {
    if (this.rowsWritten !== this.height) {
      throw new Error(`PNG: ${this.rowsWritten} of ${this.height} rows were written`);
    }
    await this.writer.close();
    const idat = await this.compressed;
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header[8] = 8; // bits per channel
    header[9] = this.channels === 4 ? 6 : 2; // RGBA or RGB
    const parts = [
      SIGNATURE,
      chunk('IHDR', header),
      ...idat.map((data) => chunk('IDAT', data)),
      chunk('IEND', new Uint8Array(0)),
    ];
    const total = parts.reduce((sum, p) => sum + p.length, 0);
    const file = new Uint8Array(total);
    let offset = 0;
    for (const part of parts) {
      file.set(part, offset);
      offset += part.length;
    }
    return file;
  }

  /** Gives up: the compressor is released. */
  async abort(): Promise<void> {
    await this.writer.abort().catch(() => undefined);
  }
}

async function collect(readable: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}
