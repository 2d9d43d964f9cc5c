/**
 * Reads advance widths from the real TTF files the exports embed and builds the compact table
 * that `shared/layout` measures text with. Used by `writeFontMetrics.ts` (which checks the table
 * in) and by the unit test that fails when the table no longer matches the fonts.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import {
  FONT_FACES,
  FONT_FILES,
  FONT_WEIGHTS,
  UNITS_PER_EM,
  type FaceMetricsTable,
  type FontFace,
  type FontMetricsTable,
  type FontWeight,
} from '../../shared/layout/fonts';

const require = createRequire(import.meta.url);

/** Characters that never take space: joiners, direction marks, the BOM. */
export const ZERO_WIDTH = [
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061,
  0x2062, 0x2063, 0x2064, 0xfeff,
];

/** The blocks whose letters join (Arabic, Arabic Supplement, Arabic Extended-A). */
const ARABIC_BLOCKS: readonly [number, number][] = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
];
const BEH = 0x0628; // a dual-joining letter: probes whether a neighbour joins
const LAM = 0x0644;
const ALEFS = [0x0622, 0x0623, 0x0625, 0x0627];

const opened = new Map<string, Font>();

export function openFont(face: FontFace, weight: FontWeight): Font {
  const file = require.resolve(FONT_FILES[face].files[weight]);
  let font = opened.get(file);
  if (!font) {
    const loaded = fontkit.openSync(file);
    if (!('layout' in loaded)) throw new Error(`${file}: expected one font, got a collection`);
    font = loaded;
    opened.set(file, font);
  }
  return font;
}

/** Printable characters: no controls, no noncharacters (some cmaps list U+FFFF). */
const isCharacter = (cp: number): boolean => cp >= 0x20 && cp < 0xfffe;

const toUnits = (font: Font, value: number): number =>
  Math.round((value * UNITS_PER_EM) / font.unitsPerEm);

/** The code points each face supplies: all of the first face, what the first lacks from the second. */
function coverage(fonts: Record<FontFace, Font>): Record<FontFace, number[]> {
  const taken = new Set<number>();
  const result = {} as Record<FontFace, number[]>;
  for (const face of FONT_FACES) {
    const points = fonts[face].characterSet
      .filter((cp) => isCharacter(cp) && !taken.has(cp) && fonts[face].hasGlyphForCodePoint(cp))
      .sort((a, b) => a - b);
    points.forEach((cp) => taken.add(cp));
    result[face] = points;
  }
  return result;
}

/** Runs of consecutive code points as `HEX:W,W*N,…`, wrapped into lines of about 90 characters. */
function encodeRuns(points: number[], widthOf: (cp: number) => number): string[] {
  const runs: string[] = [];
  let run: number[] = [];
  const flush = (): void => {
    const first = run[0];
    if (first === undefined) return;
    const widths = run.map(widthOf);
    const parts: string[] = [];
    for (let j = 0; j < widths.length;) {
      let k = j;
      while (k < widths.length && widths[k] === widths[j]) k += 1;
      parts.push(k - j > 2 ? `${widths[j]}*${k - j}` : widths.slice(j, k).join(','));
      j = k;
    }
    runs.push(`${first.toString(16)}:${parts.join(',')}`);
    run = [];
  };
  for (const cp of points) {
    // At most 16 code points a run, so that a line of the file stays short.
    if (run.length === 16 || (run.length > 0 && cp !== (run.at(-1) ?? 0) + 1)) flush();
    run.push(cp);
  }
  flush();
  return wrapEntries(runs);
}

/** Splits long runs and groups short ones so that each string stays readable. */
function wrapEntries(entries: string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const entry of entries) {
    if (line && line.length + entry.length + 1 > 90) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${entry}` : entry;
  }
  if (line) lines.push(line);
  return lines;
}

/** Shapes `text` and returns its glyphs in logical (typing) order. */
function shape(font: Font, text: number[]): { cps: number[]; id: number; advance: number }[] {
  const run = font.layout(String.fromCodePoint(...text));
  const glyphs = run.glyphs.map((g) => ({ cps: g.codePoints, id: g.id, advance: g.advanceWidth }));
  return run.direction === 'rtl' ? glyphs.reverse() : glyphs;
}

/** The glyph that the character at `index` of `text` became (no ligature expected). */
function glyphFor(font: Font, text: number[], index: number): { id: number; advance: number } {
  const glyphs = shape(font, text);
  const glyph = glyphs[index];
  if (!glyph || glyphs.length !== text.length) {
    throw new Error(`${font.fullName}: unexpected ligature in ${text.map((c) => c.toString(16))}`);
  }
  return glyph;
}

function isArabic(cp: number): boolean {
  return ARABIC_BLOCKS.some(([from, to]) => cp >= from && cp <= to);
}

/** Positional forms of joining letters, found by shaping each next to a dual-joining probe. */
function arabicForms(font: Font, points: number[]): string[] {
  const behAlone = glyphFor(font, [BEH], 0).id;
  const entries: string[] = [];
  for (const cp of points.filter(isArabic)) {
    const isolated = glyphFor(font, [cp], 0).advance;
    if (isolated === 0) continue; // a mark: transparent to joining
    const joinsBefore = glyphFor(font, [BEH, cp], 0).id !== behAlone;
    const joinsAfter = glyphFor(font, [cp, BEH], 1).id !== behAlone;
    if (!joinsBefore && !joinsAfter) continue;
    const final = joinsBefore ? glyphFor(font, [BEH, cp], 1).advance : isolated;
    const initial = joinsAfter ? glyphFor(font, [cp, BEH], 0).advance : isolated;
    const medial = joinsBefore && joinsAfter ? glyphFor(font, [BEH, cp, BEH], 1).advance : final;
    const flags = (joinsBefore ? 1 : 0) | (joinsAfter ? 2 : 0);
    const widths = [isolated, final, initial, medial].map((w) => toUnits(font, w));
    entries.push(`${cp.toString(16)}:${flags}:${widths.join(',')}`);
  }
  return wrapEntries(entries);
}

function lamAlef(font: Font): string[] {
  // fontkit caches glyph objects, so their code points are unreliable: find the ligature by
  // position (the last glyph) and check that lam and alef did merge.
  const ligature = (text: number[]): number => {
    const glyphs = shape(font, text);
    if (glyphs.length !== text.length - 1)
      throw new Error(`${font.fullName}: no lam-alef ligature`);
    return toUnits(font, glyphs.at(-1)?.advance ?? 0);
  };
  return wrapEntries(
    ALEFS.map(
      (alef) => `${alef.toString(16)}:${ligature([LAM, alef])},${ligature([BEH, LAM, alef])}`,
    ),
  );
}

/** The whole table, from the font files in node_modules. */
export function fontMetricsFromFonts(): FontMetricsTable {
  const fonts = (weight: FontWeight): Record<FontFace, Font> => ({
    latin: openFont('latin', weight),
    arabic: openFont('arabic', weight),
  });
  const byWeight = { regular: fonts('regular'), bold: fonts('bold') };
  // Coverage is read from the regular weight; the test checks that bold covers the same.
  const points = coverage(byWeight.regular);
  const zeroWidth = new Set(ZERO_WIDTH);

  const face = (name: FontFace): FaceMetricsTable => {
    const regular = byWeight.regular[name];
    const widths = {} as Record<FontWeight, readonly string[]>;
    for (const weight of FONT_WEIGHTS) {
      const font = byWeight[weight][name];
      widths[weight] = encodeRuns(points[name], (cp) =>
        zeroWidth.has(cp) ? 0 : toUnits(font, font.glyphForCodePoint(cp).advanceWidth),
      );
    }
    const os2 = regular['OS/2'];
    return {
      ascent: toUnits(regular, os2.typoAscender),
      descent: toUnits(regular, -os2.typoDescender),
      widths,
    };
  };

  return {
    faces: { latin: face('latin'), arabic: face('arabic') },
    arabicForms: {
      regular: arabicForms(byWeight.regular.arabic, points.arabic),
      bold: arabicForms(byWeight.bold.arabic, points.arabic),
    },
    lamAlef: { regular: lamAlef(byWeight.regular.arabic), bold: lamAlef(byWeight.bold.arabic) },
  };
}

/** Code points a weight's face lacks that the regular weight has (should be none). */
export function missingInWeight(face: FontFace, weight: FontWeight): number[] {
  const regular = openFont(face, 'regular');
  const other = openFont(face, weight);
  return regular.characterSet.filter((cp) => isCharacter(cp) && !other.hasGlyphForCodePoint(cp));
}
