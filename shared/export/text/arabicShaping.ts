import { fontFaceOf } from '../../layout';
import { ARABIC_FIRST, ARABIC_SPAN } from '../../layout/fontTables';
import { joinedAt, joiningOf, LAM, type Joined } from '../../layout/joining';

/**
 * Arabic-script shaping for the PDF: each letter becomes its positional presentation form
 * and lam + alef the lam-alef ligature, as `shared/layout/joining.ts` decides (the same
 * decision the layout measured with). jsPDF draws a character with the glyph the font's cmap
 * gives it, so a shaped string draws joined letters; its own shaper does not know ZWNJ.
 */

/**
 * Presentation forms by letter, derived from Unicode itself: in the presentation-form blocks
 * each letter's forms follow one another as isolated, final, initial, medial (as many as the
 * letter has), and NFKC maps each back to its letter. Letters the Arabic Presentation
 * Forms-B block has are taken from there first (Forms-A repeats a few for other languages).
 * Lam-alef ligatures come from Forms-B only: Forms-A's lam + meem, lam + heh … are optional
 * ligatures the font need not have, and the layout never measured them.
 */
function buildFormTables(): { forms: Map<number, number[]>; lamAlef: Map<number, number[]> } {
  const forms = new Map<number, number[]>();
  const lamAlef = new Map<number, number[]>();
  const scan = (first: number, last: number, ligatures: boolean): void => {
    const seen = new Set<number>();
    for (let cp = first; cp <= last; cp += 1) {
      const base = String.fromCharCode(cp).normalize('NFKC');
      if (base.length === 2 && base.charCodeAt(0) === LAM) {
        if (!ligatures) continue;
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
  scan(0xfe70, 0xfeff, true);
  scan(0xfb50, 0xfdff, false);
  return { forms, lamAlef };
}

const { forms: FORMS, lamAlef: LAM_ALEF } = buildFormTables();

/** The presentation forms of a letter (isolated, final[, initial, medial]); for tests. */
export function presentationForms(letter: number): readonly number[] {
  return FORMS.get(letter) ?? [];
}

/** A presentation form the Arabic face can draw, else the letter itself. */
function drawable(cp: number | undefined, fallback: number): number {
  return cp !== undefined && fontFaceOf(cp) === 'arabic' ? cp : fallback;
}

const joined: Joined = { form: 0, alef: -1 };

/** `text` (logical order) with every joining letter replaced by its positional form. */
export function shapeArabic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const cp = text.charCodeAt(i);
    if (joiningOf(cp) === 0) {
      out += text.charAt(i);
      continue;
    }
    joinedAt(text, i, joined);
    const ligature = joined.alef >= 0 ? LAM_ALEF.get(text.charCodeAt(joined.alef)) : undefined;
    if (ligature && ligature[joined.form] !== undefined) {
      const alef = joined.alef;
      out += String.fromCharCode(ligature[joined.form] ?? cp);
      // Marks between lam and alef stay, drawn after the ligature.
      out += text.slice(i + 1, alef);
      i = alef;
      continue;
    }
    const form = joined.form;
    const list = FORMS.get(cp);
    // A letter with two forms has no initial or medial: it does not join the next letter.
    out += String.fromCharCode(drawable(list?.[list.length > form ? form : form - 2], cp));
  }
  return out;
}
