/**
 * The fonts that every surface draws map text with: the canvas (as web fonts), the PDF (embedded
 * TTF) and the SVG/PNG exports. Text is measured with their advance widths (`fontMetrics.generated.ts`),
 * so that a line the layout breaks is the line every surface draws.
 *
 * A character comes from the first face that has it, in this order (the CSS font stack
 * `CSS_FONT_FAMILY`): Noto Sans for Latin (Polish included), Greek and Cyrillic, then Vazirmatn
 * for Persian and Arabic. The PDF exporter splits text into runs with `fontFaceOf` to do the same.
 */

export const FONT_WEIGHTS = ['regular', 'bold'] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

export const FONT_FACES = ['latin', 'arabic'] as const;
export type FontFace = (typeof FONT_FACES)[number];

/** CSS `font-weight` of each weight. */
export const CSS_FONT_WEIGHT: Record<FontWeight, number> = { regular: 400, bold: 700 };

/** Family names and TTF files (npm package paths, resolvable with `require.resolve` or Vite). */
export const FONT_FILES: Record<FontFace, { family: string; files: Record<FontWeight, string> }> = {
  latin: {
    family: 'Noto Sans',
    files: {
      regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
      bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    },
  },
  arabic: {
    family: 'Vazirmatn',
    files: {
      regular: 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf',
      bold: 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf',
    },
  },
};

/**
 * The CSS the canvas must use for map text so that its lines match the layout's: the same
 * stack, no kerning, no optional ligatures and no contextual alternates (`none` turns off
 * both; the PDF has neither). Arabic's required forms and lam-alef stay.
 */
export const CSS_FONT_FAMILY = "'Noto Sans', 'Vazirmatn', sans-serif";
export const CSS_TEXT_RENDERING = {
  fontKerning: 'none',
  fontVariantLigatures: 'none',
} as const;

/** Widths in this table are in 1/1000 em. */
export const UNITS_PER_EM = 1000;

/** One face's line metrics and advance widths, as `fontMetrics.generated.ts` stores them. */
export interface FaceMetricsTable {
  /** Ascender and descender (positive, 1/1000 em) that browsers use for the line box. */
  ascent: number;
  descent: number;
  /**
   * Advance widths of every character the face has, per weight, as runs
   * `HEX:W,W,W*N,…` (first code point in hex, then widths of consecutive code points; `W*N`
   * repeats a width N times). Lines are split only to keep the file readable.
   */
  widths: Record<FontWeight, readonly string[]>;
}

export interface FontMetricsTable {
  faces: Record<FontFace, FaceMetricsTable>;
  /**
   * Arabic-script letters whose width depends on their neighbours, per weight:
   * `HEX:FLAGS:ISOLATED,FINAL,INITIAL,MEDIAL`. FLAGS bit 1: joins the letter before it,
   * bit 2: joins the letter after it.
   */
  arabicForms: Record<FontWeight, readonly string[]>;
  /** The required lam-alef ligature: `ALEF_HEX:ISOLATED,FINAL` (lam + that alef as one glyph). */
  lamAlef: Record<FontWeight, readonly string[]>;
}
