import { LIMITS } from '../model';
import { lineAndColumn, scanJson, type NonFiniteLiteral, type SyntaxProblem } from './jsonScan';
import { makeProblem, type Problem } from './problem';

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; error: Problem };

const MB = 1024 * 1024;

/** The error for a file over the size limit; the CLI also uses it before reading a big file. */
export function tooLargeProblem(bytes: number): Problem {
  return makeProblem('tooLarge', [], { size: bytes / MB, limit: LIMITS.fileBytes / MB });
}

/**
 * A file's text as a JSON value. Fast path: `JSON.parse`. When that fails, the text is
 * looked at more closely, to tell binary data and truncated files from typing slips, and to
 * accept the `NaN`/`Infinity` literals some tools write (they come back as real non-finite
 * numbers, which the loader then repairs or reports where they stand).
 */
export function parseText(text: string): ParseOutcome {
  const bytes = utf8Length(text);
  if (bytes > LIMITS.fileBytes) return { ok: false, error: tooLargeProblem(bytes) };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return parseLeniently(body);
  }
}

function parseLeniently(text: string): ParseOutcome {
  if (text.trim() === '') return { ok: false, error: makeProblem('empty', []) };
  if (looksBinary(text)) return { ok: false, error: makeProblem('notText', []) };
  const scan = scanJson(text);
  if (!scan.ok) return { ok: false, error: syntaxProblem(text, scan.error) };
  if (scan.nonFinite.length === 0) return { ok: false, error: makeProblem('invalidJson', []) };
  try {
    const value: unknown = JSON.parse(withNulls(text, scan.nonFinite));
    for (const literal of scan.nonFinite) putBack(value, literal);
    return { ok: true, value };
  } catch {
    return { ok: false, error: makeProblem('invalidJson', []) };
  }
}

function syntaxProblem(text: string, error: SyntaxProblem): Problem {
  const { line, column } = lineAndColumn(text, error.offset);
  if (error.kind !== 'syntax') return makeProblem(error.kind, [], { line, column });
  const char = text.codePointAt(error.offset);
  const found =
    char === undefined
      ? 'end of text'
      : char === 0x22
        ? `'"'`
        : JSON.stringify(String.fromCodePoint(char));
  return makeProblem('syntax', [], { line, column, expected: error.expected ?? 'value', found });
}

/** Replaces each non-finite literal with `null`, which `JSON.parse` accepts. */
function withNulls(text: string, literals: readonly NonFiniteLiteral[]): string {
  let out = '';
  let from = 0;
  for (const literal of literals) {
    out += `${text.slice(from, literal.start)}null`;
    from = literal.end;
  }
  return out + text.slice(from);
}

function putBack(root: unknown, literal: NonFiniteLiteral): void {
  const { path } = literal;
  if (path.length === 0) return; // a bare NaN: no map, reported as such later
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) {
    node = (node as Record<PathKey, unknown>)[segment];
  }
  const last = path[path.length - 1] as PathKey;
  // JSON.parse made `node`; an own `__proto__` key there is plain data, and defineProperty
  // keeps it so rather than setting the prototype.
  Object.defineProperty(node, last, {
    value: literal.value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

type PathKey = string | number;

/** NUL bytes, or many control or replacement characters, mean this is not a text file. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd) {
      odd++;
    }
  }
  return odd > Math.max(2, sample.length / 100);
}

/** UTF-8 size of a text, counted without encoding it; exact only when it matters (big texts). */
function utf8Length(text: string): number {
  if (text.length * 3 <= LIMITS.fileBytes) return text.length;
  // A native regex scan answers the common case (ASCII JSON) much faster than a loop.
  if (!/[\u0080-\uffff]/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
