import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The package's parts compressed with Deflate. pptxgenjs writes a `uint8array` output
 * uncompressed (its `compression` flag reaches only its Node-stream and Blob outputs), which
 * leaves decks about five times bigger than PowerPoint's own; repacking fixes that in the page
 * and in Node alike. The parts keep their order ([Content_Types].xml first); the folder entries
 * pptxgenjs adds are left out, as PowerPoint's own files have none.
 */
export function deflatePackage(bytes: Uint8Array): Uint8Array {
  const parts: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!name.endsWith('/')) parts[name] = data;
  }
  return zipSync(parts, { level: 6 });
}
