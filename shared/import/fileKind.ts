/**
 * What a file is, from its first bytes rather than its name (a CRM export saved as
 * `deals.csv` may be a workbook; a renamed file says nothing).
 */
export type FileKind = 'xlsx' | 'xls' | 'text';

export function fileKind(bytes: Uint8Array): FileKind {
  // A ZIP archive: XLSX is one (Office Open XML).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return 'xlsx';
  }
  // An OLE compound file: the .xls format of Excel 97–2003.
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((byte, i) => bytes[i] === byte)) return 'xls';
  return 'text';
}
