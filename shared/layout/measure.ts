import { FONT_METRICS } from './fontMetrics.generated';
import { FONT_FACES, UNITS_PER_EM, type FontFace, type FontWeight } from './fonts';
import * as tables from './fontTables';

/**
 * Deterministic text measurement from the fonts' own advance widths: the same numbers in
 * Node, in the browser and in every exporter. No kerning, no optional ligatures or contextual
 * alternates (the canvas switches them off in CSS, the PDF has none); an Arabic letter takes
 * the width of its positional form and lam-alef that of its ligature, as the shaper draws them.
 */

/** Size and weight of a piece of map text; line height in px. */
export interface TextStyle {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly weight: FontWeight;
}

// Module-local copies of the tables and constants: the inner loop reads only locals (a bundler
// or tsx may turn imported bindings into property getters).
const { weights: WEIGHT_TABLES, faceOfCodePoint, joining } = tables.decodeFontTables();
const { BMP, ABSENT, ARABIC_FIRST, ARABIC_SPAN, JOINS_BEFORE, JOINS_AFTER } = tables;
/** Widths (1/1000 em) of characters that no bundled font has: wide scripts and emoji, others. */
const FALLBACK_WIDE = 1000;
const FALLBACK_NARROW = 600;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const LAM = 0x0644;
/** `joiningAt` of a transparent mark, which joining looks through. */
const TRANSPARENT = -1;

/** The bundled face that draws a character, or null when none has it (a system fallback). */
export function fontFaceOf(codePoint: number): FontFace | null {
  const face = codePoint < BMP ? (faceOfCodePoint[codePoint] ?? 0) : 0;
  return FONT_FACES[face - 1] ?? null;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6)
  );
}

/** Advance of a BMP character on its own (no joining context), 1/1000 em. */
function plainWidth(widths: Uint16Array, cp: number): number {
  const width = widths[cp] ?? ABSENT;
  if (width !== ABSENT) return width;
  if (cp < 0x20) return 0;
  return isWide(cp) ? FALLBACK_WIDE : FALLBACK_NARROW;
}

/** Joining flags of a code point that joins (its `joining` entry), else 0. */
function joiningOf(cp: number): number {
  const index = cp - ARABIC_FIRST;
  return index >= 0 && index < ARABIC_SPAN ? (joining[index] ?? 0) : 0;
}

/** Joining flags of the code unit at `i`, or TRANSPARENT for a zero-width mark. */
function joiningAt(text: string, i: number, widths: Uint16Array): number {
  const cp = text.charCodeAt(i);
  if (cp === ZWJ) return JOINS_BEFORE | JOINS_AFTER;
  if (cp === ZWNJ) return 0;
  const flags = joiningOf(cp);
  if (flags !== 0) return flags;
  return widths[cp] === 0 ? TRANSPARENT : 0;
}

/** Index of the next code unit from `from` in direction `step` that is not a mark, or -1. */
function neighbour(text: string, from: number, step: number, widths: Uint16Array): number {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    if (joiningAt(text, i, widths) !== TRANSPARENT) return i;
  }
  return -1;
}

/**
 * Writes the advance (1/1000 em) of every UTF-16 code unit of `text` into `out` (low
 * surrogates and the alef of a lam-alef ligature get 0) and returns the total.
 */
export function advancesInto(text: string, weight: FontWeight, out: Int32Array): number {
  const { widths, forms, lamAlef } = WEIGHT_TABLES[weight];
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const cp = text.charCodeAt(i);
    if (cp < ARABIC_FIRST) {
      // Fast path: Latin, Greek, Cyrillic (never joining, never a surrogate).
      const known = widths[cp] ?? ABSENT;
      const plain = known === ABSENT ? plainWidth(widths, cp) : known;
      out[i] = plain;
      total += plain;
      continue;
    }
    let width: number;
    let covers = 1; // code units this advance stands for
    const flags = joiningOf(cp);
    if (flags !== 0) {
      const prev = neighbour(text, i - 1, -1, widths);
      const next = neighbour(text, i + 1, 1, widths);
      const before =
        (flags & JOINS_BEFORE) !== 0 &&
        prev >= 0 &&
        (joiningAt(text, prev, widths) & JOINS_AFTER) !== 0;
      const alef = next < 0 ? -1 : text.charCodeAt(next) - ARABIC_FIRST;
      const ligature = cp === LAM && alef >= 0 && alef < ARABIC_SPAN ? (lamAlef[alef * 2] ?? 0) : 0;
      if (ligature !== 0) {
        width = lamAlef[alef * 2 + (before ? 1 : 0)] ?? 0;
        covers = next - i + 1;
      } else {
        const after =
          (flags & JOINS_AFTER) !== 0 &&
          next >= 0 &&
          (joiningAt(text, next, widths) & JOINS_BEFORE) !== 0;
        const form = before ? (after ? 3 : 1) : after ? 2 : 0;
        width = forms[(cp - ARABIC_FIRST) * 4 + form] ?? 0;
      }
    } else if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      width = FALLBACK_WIDE; // outside the BMP (emoji, rare CJK): no bundled font has it
      covers = 2;
    } else {
      width = plainWidth(widths, cp);
    }
    out[i] = width;
    for (let j = 1; j < covers; j += 1) out[i + j] = 0;
    i += covers - 1;
    total += width;
  }
  return total;
}

let wrapScratch: Int32Array = new Int32Array(256);
let measureScratch: Int32Array = new Int32Array(256);

function grown(buffer: Int32Array, length: number): Int32Array {
  return buffer.length >= length ? buffer : new Int32Array(Math.max(length, buffer.length * 2));
}

/**
 * A buffer of at least `length` entries for the wrapper's per-character advances, reused
 * between calls (measurement is synchronous). `textWidth` has a buffer of its own.
 */
export function scratchBuffer(length: number): Int32Array {
  wrapScratch = grown(wrapScratch, length);
  return wrapScratch;
}

/** Width of one line of text in px (no wrapping). */
export function textWidth(text: string, style: TextStyle): number {
  measureScratch = grown(measureScratch, text.length);
  return (advancesInto(text, style.weight, measureScratch) * style.fontSize) / UNITS_PER_EM;
}

/** Distance from a line box's top to its baseline, as CSS places it (half-leading above). */
export function baselineOffset(style: TextStyle): number {
  const { ascent, descent } = FONT_METRICS.faces.latin;
  const content = ((ascent + descent) * style.fontSize) / UNITS_PER_EM;
  return (style.lineHeight - content) / 2 + (ascent * style.fontSize) / UNITS_PER_EM;
}
