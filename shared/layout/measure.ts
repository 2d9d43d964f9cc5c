import { FONT_METRICS } from './fontMetrics.generated';
import { FONT_FACES, UNITS_PER_EM, type FontFace, type FontWeight } from './fonts';
import * as tables from './fontTables';
import { joinedAt, joiningOf, type Joined } from './joining';

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
const { weights: WEIGHT_TABLES, faceOfCodePoint } = tables.decodeFontTables();
const { BMP, ABSENT, ARABIC_FIRST } = tables;
/** Widths (1/1000 em) of characters that no bundled font has: wide scripts and emoji, others. */
const FALLBACK_WIDE = 1000;
const FALLBACK_NARROW = 600;
/** Reused result of `joinedAt` (measurement is synchronous). */
const joined: Joined = { form: 0, alef: -1 };

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
      // The form the shaper draws (shared/layout/joining.ts decides for both).
      joinedAt(text, i, joined);
      if (joined.alef >= 0) {
        width = lamAlef[(text.charCodeAt(joined.alef) - ARABIC_FIRST) * 2 + joined.form] ?? 0;
        covers = joined.alef - i + 1;
      } else {
        width = forms[(cp - ARABIC_FIRST) * 4 + joined.form] ?? 0;
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
