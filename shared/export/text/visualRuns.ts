import bidiFactory from 'bidi-js';
import { fontFaceOf, type FontFace, type FontWeight } from '../../layout';
import { advancesInto } from '../../layout/measure';
import { UNITS_PER_EM } from '../../layout/fonts';
import { isMark } from '../../layout/joining';
import { shapeArabic } from './arabicShaping';

/**
 * One line of map text turned into what a PDF draws: pieces in visual order (left to right),
 * each in one font face, already shaped and reversed where it runs right to left, with its
 * x offset from the line's left end. The Unicode bidi algorithm (bidi-js) orders the pieces,
 * so a Persian line with Latin words and digits reads right; widths come from the layout's
 * font tables, so the pieces fill exactly the width the layout gave the line.
 */

export type BaseDirection = 'ltr' | 'rtl';

export interface VisualPiece {
  /** The characters to draw, left to right (right-to-left runs reversed and shaped). */
  text: string;
  /** The same characters in reading order, unshaped (for tests and debugging). */
  logical: string;
  face: FontFace;
  rtl: boolean;
  /** Offset of the piece's left end from the line's left end, in px at `fontSize`. */
  x: number;
  width: number;
}

const bidi = bidiFactory();
let scratch = new Int32Array(256);

/** The first strong character's direction (`dir="auto"` in HTML), else `fallback`. */
export function baseDirectionOf(text: string, fallback: BaseDirection): BaseDirection {
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return fallback;
}

interface LogicalRun {
  start: number;
  end: number;
  level: number;
  face: FontFace;
}

/**
 * Maximal runs of one embedding level and one face, in logical order. A character takes the
 * face the layout measured it with (spaces: the Latin face, as the canvas's font stack draws
 * them); joiners stay in the Arabic run they join, a low surrogate with its high one.
 */
function logicalRuns(text: string, levels: Uint8Array): LogicalRun[] {
  const runs: LogicalRun[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const current = runs.at(-1);
    const cp = text.charCodeAt(i);
    const own = fontFaceOf(cp);
    const joiner = cp === 0x200c || cp === 0x200d;
    const face: FontFace =
      (cp >= 0xdc00 && cp <= 0xdfff) || own === null || (joiner && current?.face === 'arabic')
        ? (current?.face ?? 'latin')
        : own;
    const level = levels[i] ?? 0;
    if (current && current.level === level && current.face === face) current.end = i + 1;
    else runs.push({ start: i, end: i + 1, level, face });
  }
  return runs;
}

/** Zero-width bidi formatting characters: LRM, RLM, ALM, embeddings, overrides and isolates. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Visual order of runs by rule L2 of UAX #9: reverse from the highest level down to the lowest odd one. */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  if (levels.length === 0) return order;
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd && level > 0; level -= 1) {
    let i = 0;
    while (i < order.length) {
      if ((levels[order[i] ?? 0] ?? 0) < level) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < order.length && (levels[order[j] ?? 0] ?? 0) >= level) j += 1;
      const reversed = order.slice(i, j).reverse();
      order.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return order;
}

/** Reverses a shaped right-to-left string for drawing, keeping each letter's marks after it. */
function reverseClusters(text: string): string {
  const clusters: string[] = [];
  for (const char of text) {
    const mark = isMark(char.codePointAt(0) ?? 0);
    const last = clusters.length - 1;
    if (mark && last >= 0) clusters[last] += char;
    else clusters.push(char);
  }
  return clusters.reverse().join('');
}

/** Pieces of one line (see the module comment). `base`: the paragraph direction. */
export function visualPieces(
  line: string,
  base: BaseDirection,
  weight: FontWeight,
  fontSize: number,
): VisualPiece[] {
  if (line === '') return [];
  if (scratch.length < line.length) scratch = new Int32Array(line.length * 2);
  advancesInto(line, weight, scratch);
  const { levels } = bidi.getEmbeddingLevels(line, base);
  const mirrored = bidi.getMirroredCharactersMap(line, levels);
  const runs = logicalRuns(line, levels);
  const order = visualOrder(runs.map((r) => r.level));
  const pieces: VisualPiece[] = [];
  let x = 0;
  for (const index of order) {
    const run = runs[index];
    if (!run) continue;
    let logical = '';
    let units = 0;
    for (let i = run.start; i < run.end; i += 1) {
      logical += mirrored.get(i) ?? line.charAt(i);
      units += scratch[i] ?? 0;
    }
    const width = (units * fontSize) / UNITS_PER_EM;
    const rtl = run.level % 2 === 1;
    const shaped = run.face === 'arabic' ? shapeArabic(logical) : logical;
    // Bidi controls (the LRM Intl puts before a Persian signed number) have done their work in
    // the levels above; drawn, a PDF font shows them as a box.
    const text = (rtl ? reverseClusters(shaped) : shaped).replace(BIDI_CONTROLS, '');
    pieces.push({ text, logical, face: run.face, rtl, x, width });
    x += width;
  }
  return pieces;
}
