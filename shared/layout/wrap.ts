import { UNITS_PER_EM } from './fonts';
import { advancesInto, scratchBuffer, textWidth, type TextStyle } from './measure';

/** One line as every surface draws it: the exact text and its width in px. */
export interface WrappedLine {
  readonly text: string;
  readonly width: number;
}

export interface WrappedText {
  readonly lines: readonly WrappedLine[];
  /** True when `maxLines` cut the text (the last line then ends with an ellipsis). */
  readonly truncated: boolean;
}

export const ELLIPSIS = '\u2026';

/** Where a line may break: spaces (not no-break ones) and the zero-width space. */
function isBreakSpace(code: number): boolean {
  if (code < 0x1680) return code === 0x20; // the common case first
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b && code !== 0x2007) ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Line ends become `\n`, tabs spaces, other control characters go (nothing draws them). */
function normalise(text: string): string {
  let clean = true;
  for (let i = 0; i < text.length && clean; i += 1) {
    const code = text.charCodeAt(i);
    clean = code >= 0x20 || code === 0x0a;
  }
  if (clean) return text;
  let result = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) result += text.charCodeAt(i + 1) === 0x0a ? '' : '\n';
    else if (code === 0x09) result += ' ';
    else if (code >= 0x20 || code === 0x0a) result += text.charAt(i);
  }
  return result;
}

/** Lines being collected, with the limit that stops the wrapper. */
interface LineSink {
  lines: WrappedLine[];
  maxLines: number;
}

/**
 * Breaks text into lines no wider than `maxWidth` px: at spaces, at `\n`, and inside a word
 * only when the word alone is wider than a line (between characters, never inside a
 * surrogate pair or before a combining mark). Spaces at a soft break are dropped; spaces
 * that start a paragraph are kept. An empty paragraph is an empty line; empty text has no
 * line. With `maxLines`, the last kept line ends with an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  style: TextStyle,
  maxLines = Number.POSITIVE_INFINITY,
): WrappedText {
  const sink: LineSink = { lines: [], maxLines };
  if (text === '' || maxLines <= 0) return { lines: sink.lines, truncated: text !== '' };
  const maxUnits = (Math.max(0, maxWidth) * UNITS_PER_EM) / style.fontSize;
  const clean = normalise(text);
  let complete = true;
  if (clean.indexOf('\n') < 0) {
    complete = wrapParagraph(clean, style, maxUnits, sink);
  } else {
    for (const paragraph of clean.split('\n')) {
      complete = wrapParagraph(paragraph, style, maxUnits, sink);
      if (!complete) break;
    }
  }
  if (complete) return { lines: sink.lines, truncated: false };
  const last = sink.lines.pop();
  if (last) sink.lines.push(ellipsize(last.text, maxWidth, style));
  return { lines: sink.lines, truncated: true };
}

/**
 * Adds a line; false when the limit is reached (the line is not added). A line that starts or
 * ends inside a word is measured again: Arabic letters there take another positional form
 * than they had inside the whole word.
 */
function emit(
  sink: LineSink,
  p: string,
  start: number,
  end: number,
  units: number,
  midWord: boolean,
  style: TextStyle,
): boolean {
  if (sink.lines.length >= sink.maxLines) return false;
  const text = p.slice(start, end);
  const width = midWord ? textWidth(text, style) : (units * style.fontSize) / UNITS_PER_EM;
  sink.lines.push({ text, width });
  return true;
}

/** Wraps one paragraph into `sink`; false when the line limit cut it. */
function wrapParagraph(p: string, style: TextStyle, maxUnits: number, sink: LineSink): boolean {
  const n = p.length;
  const units = scratchBuffer(n);
  advancesInto(p, style.weight, units);
  let lineStart = -1; // -1: the current line is still empty
  let lineEnd = 0;
  let lineUnits = 0;
  let lineMidWord = false;
  let i = 0;
  while (i < n) {
    const spaceStart = i;
    let spaceUnits = 0;
    while (i < n && isBreakSpace(p.charCodeAt(i))) spaceUnits += units[i++] ?? 0;
    if (i >= n) break; // trailing spaces draw nothing
    let wordStart = i;
    let wordUnits = 0;
    while (i < n && !isBreakSpace(p.charCodeAt(i))) wordUnits += units[i++] ?? 0;

    if (lineStart >= 0) {
      if (lineUnits + spaceUnits + wordUnits <= maxUnits) {
        lineEnd = i;
        lineUnits += spaceUnits + wordUnits;
        continue;
      }
      if (!emit(sink, p, lineStart, lineEnd, lineUnits, lineMidWord, style)) return false;
    } else if (spaceStart === 0) {
      wordStart = 0; // a paragraph's indentation stays
      wordUnits += spaceUnits;
    }
    // The word starts a line; a word wider than a line is cut into pieces that fit.
    let start = wordStart;
    let rest = wordUnits;
    lineMidWord = false;
    while (rest > maxUnits) {
      const end = pieceEnd(p, units, start, i, maxUnits, style);
      let used = 0;
      for (let k = start; k < end; k += 1) used += units[k] ?? 0;
      if (!emit(sink, p, start, end, used, true, style)) return false;
      rest -= used;
      start = end;
      lineMidWord = true;
    }
    lineStart = start;
    lineEnd = i;
    lineUnits = rest;
  }
  // An empty or all-space paragraph is an empty line.
  if (lineStart < 0) return emit(sink, p, 0, 0, 0, false, style);
  return emit(sink, p, lineStart, lineEnd, lineUnits, lineMidWord, style);
}

/** End of the longest run of whole characters from `start` that fits, at least one character. */
function pieceEnd(
  p: string,
  units: Int32Array,
  start: number,
  limit: number,
  maxUnits: number,
  style: TextStyle,
): number {
  const scale = style.fontSize / UNITS_PER_EM;
  const ends: number[] = [];
  let end = start;
  let used = 0;
  while (end < limit) {
    let next = end + 1;
    while (next < limit && units[next] === 0) next += 1; // marks, low surrogates, ligature parts
    let clusterUnits = 0;
    for (let k = end; k < next; k += 1) clusterUnits += units[k] ?? 0;
    if (used + clusterUnits > maxUnits && ends.length > 0) break;
    used += clusterUnits;
    end = next;
    ends.push(end);
  }
  // Measured on its own the piece may be wider (its last letter takes its final form).
  while (ends.length > 1 && textWidth(p.slice(start, ends.at(-1)), style) / scale > maxUnits) {
    ends.pop();
  }
  return ends.at(-1) ?? limit;
}

/** The line with an ellipsis, shortened until both fit. */
function ellipsize(text: string, maxWidth: number, style: TextStyle): WrappedLine {
  let kept = text.trimEnd();
  for (;;) {
    const candidate = kept + ELLIPSIS;
    const width = textWidth(candidate, style);
    if (width <= maxWidth) return { text: candidate, width };
    // A box too narrow for even "…" (many emotion labels sharing one cell) shows nothing
    // rather than text spilling over its neighbours.
    if (kept === '') return { text: '', width: 0 };
    const last = kept.charCodeAt(kept.length - 1);
    kept = kept.slice(0, last >= 0xdc00 && last <= 0xdfff ? -2 : -1).trimEnd();
  }
}
