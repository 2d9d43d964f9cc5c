import * as tables from './fontTables';

/**
 * Arabic-script joining, the one implementation: which positional form each letter takes
 * (isolated, final, initial, medial) and where lam and alef become the lam-alef ligature,
 * looking through transparent marks and obeying ZWJ and ZWNJ (which Persian writes all the
 * time). The layout measures each letter with the width of the form decided here and the PDF
 * draws the presentation form decided here, so a line the layout broke is the line the PDF
 * draws.
 */

const { weights, joining } = tables.decodeFontTables();
const { ARABIC_FIRST, ARABIC_SPAN, JOINS_BEFORE, JOINS_AFTER } = tables;
const widths = weights.regular.widths;
/** Alefs the bundled font ligates with a lam before them (the lam-alef table's keys). */
const lamAlefs = weights.regular.lamAlef;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
export const LAM = 0x0644;
/** `joiningAt` of a transparent mark, which joining looks through. */
const TRANSPARENT = -1;

export const ISOLATED = 0;
export const FINAL = 1;
export const INITIAL = 2;
export const MEDIAL = 3;

/** Joining flags of a code point that joins (JOINS_BEFORE | JOINS_AFTER), else 0. */
export function joiningOf(cp: number): number {
  const index = cp - ARABIC_FIRST;
  return index >= 0 && index < ARABIC_SPAN ? (joining[index] ?? 0) : 0;
}

/** A combining mark (drawn with no advance over the letter before it). */
export function isMark(cp: number): boolean {
  return cp < 0x10000 && cp !== ZWNJ && cp !== ZWJ && widths[cp] === 0;
}

/** Joining flags of the code unit at `i`, or TRANSPARENT for a zero-width mark. */
function joiningAt(text: string, i: number): number {
  const cp = text.charCodeAt(i);
  if (cp === ZWJ) return JOINS_BEFORE | JOINS_AFTER;
  if (cp === ZWNJ) return 0;
  const flags = joiningOf(cp);
  if (flags !== 0) return flags;
  return isMark(cp) ? TRANSPARENT : 0;
}

/** Index of the next code unit from `from` in direction `step` that is not a mark, or -1. */
function neighbour(text: string, from: number, step: number): number {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    if (joiningAt(text, i) !== TRANSPARENT) return i;
  }
  return -1;
}

/**
 * How the joining letter at `i` is drawn (call only where `joiningOf` is not 0). `form` is
 * ISOLATED…MEDIAL; `alef` is the index of the alef that a lam at `i` makes a ligature with
 * (the ligature then takes ISOLATED or FINAL), else -1. Only lam + alef ligates: lam before
 * any other letter (meem, heh, jeem…) joins it as two letters.
 */
export interface Joined {
  form: number;
  alef: number;
}

export function joinedAt(text: string, i: number, out: Joined): Joined {
  const flags = joiningOf(text.charCodeAt(i));
  const prev = neighbour(text, i - 1, -1);
  const before =
    (flags & JOINS_BEFORE) !== 0 && prev >= 0 && (joiningAt(text, prev) & JOINS_AFTER) !== 0;
  const next = neighbour(text, i + 1, 1);
  if (text.charCodeAt(i) === LAM && next >= 0) {
    const alef = text.charCodeAt(next) - ARABIC_FIRST;
    if (alef >= 0 && alef < ARABIC_SPAN && (lamAlefs[alef * 2] ?? 0) !== 0) {
      out.form = before ? FINAL : ISOLATED;
      out.alef = next;
      return out;
    }
  }
  const after =
    (flags & JOINS_AFTER) !== 0 && next >= 0 && (joiningAt(text, next) & JOINS_BEFORE) !== 0;
  out.form = before ? (after ? MEDIAL : FINAL) : after ? INITIAL : ISOLATED;
  out.alef = -1;
  return out;
}
