import { FONT_METRICS } from './fontMetrics.generated';
import { FONT_FACES, type FontWeight } from './fonts';

/**
 * The generated font table decoded once into flat typed arrays, so that measuring a
 * character is one array read.
 */

export const BMP = 0x10000;
/** `widths` entry of a character no bundled face has. */
export const ABSENT = 0xffff;
/** The joining Arabic blocks, U+0600…U+08FF. */
export const ARABIC_FIRST = 0x0600;
export const ARABIC_SPAN = 0x0300;
export const JOINS_BEFORE = 1;
export const JOINS_AFTER = 2;

export interface WeightTables {
  /** Advance (1/1000 em) of each BMP code point, ABSENT when no face has it. */
  readonly widths: Uint16Array;
  /** Isolated, final, initial, medial advance of each joining letter: 4 per code point. */
  readonly forms: Uint16Array;
  /** Lam-alef ligature advance (isolated, final) by alef: 2 per code point, 0 for no ligature. */
  readonly lamAlef: Uint16Array;
}

/** Which face supplies each BMP code point: 0 none, else 1 + its index in FONT_FACES. */
const faceOfCodePoint = new Uint8Array(BMP);
/** Joining behaviour (JOINS_BEFORE | JOINS_AFTER) of the Arabic blocks, by cp − ARABIC_FIRST. */
const joining = new Uint8Array(ARABIC_SPAN);

/** Calls `visit` for each `KEY:…` entry of a table's lines (entries are space separated). */
function entries(lines: readonly string[], visit: (fields: string[]) => void): void {
  for (const line of lines) for (const entry of line.split(' ')) visit(entry.split(':'));
}

function decodeWeight(weight: FontWeight): WeightTables {
  const widths = new Uint16Array(BMP).fill(ABSENT);
  FONT_FACES.forEach((face, faceIndex) => {
    entries(FONT_METRICS.faces[face].widths[weight], ([start = '', list = '']) => {
      let cp = parseInt(start, 16);
      for (const part of list.split(',')) {
        const [width = '0', count = '1'] = part.split('*');
        for (let n = Number(count); n > 0; n -= 1, cp += 1) {
          widths[cp] = Number(width);
          faceOfCodePoint[cp] = faceIndex + 1;
        }
      }
    });
  });
  const forms = new Uint16Array(ARABIC_SPAN * 4);
  entries(FONT_METRICS.arabicForms[weight], ([hex = '', flags = '0', list = '']) => {
    const index = parseInt(hex, 16) - ARABIC_FIRST;
    joining[index] = Number(flags);
    list.split(',').forEach((w, form) => (forms[index * 4 + form] = Number(w)));
  });
  const lamAlef = new Uint16Array(ARABIC_SPAN * 2);
  entries(FONT_METRICS.lamAlef[weight], ([hex = '', list = '']) => {
    const index = parseInt(hex, 16) - ARABIC_FIRST;
    list.split(',').forEach((w, form) => (lamAlef[index * 2 + form] = Number(w)));
  });
  return { widths, forms, lamAlef };
}

export interface FontTables {
  weights: Record<FontWeight, WeightTables>;
  faceOfCodePoint: Uint8Array;
  joining: Uint8Array;
}

/**
 * Decodes the table (once, at start-up: about a millisecond). The caller keeps the result in
 * module-local constants: measurement reads them in its inner loop.
 */
export function decodeFontTables(): FontTables {
  decoded ??= {
    weights: { regular: decodeWeight('regular'), bold: decodeWeight('bold') },
    faceOfCodePoint,
    joining,
  };
  return decoded;
}

let decoded: FontTables | null = null;
