import {
  ARABIC_FIRST,
  ARABIC_SPAN,
  JOINS_AFTER,
  JOINS_BEFORE,
  decodeFontTables,
} from '../../../shared/layout/fontTables';
import { fontFaceOf } from '../../../shared/layout';

/**
 * Arabic-script shaping for the PDF: each letter becomes its positional presentation form
 * (isolated, final, initial, medial) and lam + alef the lam-alef ligature, decided with the
 * same joining rules the layout measured with (ZWJ, ZWNJ, transparent marks). jsPDF draws
 * a character with the glyph the font's cmap gives it, so a shaped string draws joined
 * letters; its own shaper does not know ZWNJ, which Persian writes all the time.
 */

const { joining, weights } = decodeFontTables();
const widths = weights.regular.widths;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const LAM = 0x0644;
const TRANSPARENT = -1;

/**
 * Presentation forms by letter, derived from Unicode itself: in the presentation-form blocks
 * each letter's forms follow one another as isolated, final, initial, medial (as many as the
 * letter has), and NFKC maps each back to its letter. Letters the Arabic Presentation
 * Forms-B block has are taken from there first (Forms-A repeats a few for other languages).
 */
function buildFormTables(): { forms: Map<number, number[]>; lamAlef: Map<number, number[]> } {
  const forms = new Map<number, number[]>();
  const lamAlef = new Map<number, number[]>();
  const scan = (first: number, last: number): void => {
    const seen = new Set<number>();
    for (let cp = first; cp <= last; cp += 1) {
      const base = String.fromCharCode(cp).normalize('NFKC');
      if (base.length === 2 && base.charCodeAt(0) === LAM) {
        const list = lamAlef.get(base.charCodeAt(1)) ?? [];
        list.push(cp);
        lamAlef.set(base.charCodeAt(1), list);
        continue;
      }
      if (base.length !== 1) continue;
      const letter = base.charCodeAt(0);
      if (letter === cp || letter < ARABIC_FIRST || letter >= ARABIC_FIRST + ARABIC_SPAN) continue;
      if (forms.has(letter) && !seen.has(letter)) continue; // already from Forms-B
      seen.add(letter);
      const list = forms.get(letter) ?? [];
      if (list.length < 4) list.push(cp);
      forms.set(letter, list);
    }
  };
  scan(0xfe70, 0xfeff);
  scan(0xfb50, 0xfdff);
  return { forms, lamAlef };
}

const { forms: FORMS, lamAlef: LAM_ALEF } = buildFormTables();

/** The presentation forms of a letter (isolated, final[, initial, medial]); for tests. */
export function presentationForms(letter: number): readonly number[] {
  return FORMS.get(letter) ?? [];
}

function joiningOf(cp: number): number {
  const index = cp - ARABIC_FIRST;
  return index >= 0 && index < ARABIC_SPAN ? (joining[index] ?? 0) : 0;
}

function joiningAt(text: string, i: number): number {
  const cp = text.charCodeAt(i);
  if (cp === ZWJ) return JOINS_BEFORE | JOINS_AFTER;
  if (cp === ZWNJ) return 0;
  const flags = joiningOf(cp);
  if (flags !== 0) return flags;
  return widths[cp] === 0 ? TRANSPARENT : 0;
}

function neighbour(text: string, from: number, step: number): number {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    if (joiningAt(text, i) !== TRANSPARENT) return i;
  }
  return -1;
}

/** A combining mark (drawn with no advance over the letter before it). */
export function isMark(cp: number): boolean {
  return cp < 0x10000 && cp !== ZWNJ && cp !== ZWJ && widths[cp] === 0;
}

/** A presentation form the Arabic face can draw, else the letter itself. */
function drawable(cp: number | undefined, fallback: number): number {
  return cp !== undefined && fontFaceOf(cp) === 'arabic' ? cp : fallback;
}

/** `text` (logical order) with every joining letter replaced by its positional form. */
export function shapeArabic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const cp = text.charCodeAt(i);
    const flags = joiningOf(cp);
    if (flags === 0) {
      out += text.charAt(i);
      continue;
    }
    const prev = neighbour(text, i - 1, -1);
    const next = neighbour(text, i + 1, 1);
    const before =
      (flags & JOINS_BEFORE) !== 0 && prev >= 0 && (joiningAt(text, prev) & JOINS_AFTER) !== 0;
    const ligature = cp === LAM && next >= 0 ? LAM_ALEF.get(text.charCodeAt(next)) : undefined;
    if (ligature) {
      out += String.fromCharCode(drawable(ligature[before ? 1 : 0], cp));
      // Marks between lam and alef stay, drawn after the ligature.
      out += text.slice(i + 1, next);
      i = next;
      continue;
    }
    const after =
      (flags & JOINS_AFTER) !== 0 && next >= 0 && (joiningAt(text, next) & JOINS_BEFORE) !== 0;
    const form = before ? (after ? 3 : 1) : after ? 2 : 0;
    const list = FORMS.get(cp);
    // A letter with two forms has no initial or medial: it does not join the next letter.
    out += String.fromCharCode(drawable(list?.[list.length > form ? form : form - 2], cp));
  }
  return out;
}
