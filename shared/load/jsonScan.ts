import type { PathSegment } from './problem';

/**
 * A JSON scanner for text that `JSON.parse` rejected. It finds where and why the text is
 * not JSON, in words a person can act on (cut off, a trailing comma, a comment …), and it
 * accepts the `NaN`, `Infinity` and `-Infinity` literals that some tools write, reporting
 * where they stand so that the loader can repair them. It keeps its own stack instead of
 * recursing, so any nesting depth is safe. Only the failure path runs it: speed is no concern.
 */
export type ScanResult =
  { ok: true; nonFinite: NonFiniteLiteral[] } | { ok: false; error: SyntaxProblem };

export interface NonFiniteLiteral {
  start: number;
  end: number;
  value: number;
  path: PathSegment[];
}

export type SyntaxKind =
  | 'truncated'
  | 'syntax'
  | 'trailingComma'
  | 'singleQuotes'
  | 'comment'
  | 'controlCharacter'
  | 'trailingText';

export interface SyntaxProblem {
  kind: SyntaxKind;
  offset: number;
  /** For `syntax`: a `TypeWord` code for what should have come. */
  expected?: string;
}

type Frame = { array: true; index: number } | { array: false; key: string };

/** What the scanner waits for next. */
type Mode =
  | 'value'
  | 'valueAfterComma'
  | 'valueOrClose'
  | 'key'
  | 'keyAfterComma'
  | 'keyOrClose'
  | 'colon'
  | 'afterValue';

const LITERALS: readonly (readonly [string, number | null])[] = [
  ['true', null],
  ['false', null],
  ['null', null],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
];

class Failure {
  constructor(readonly problem: SyntaxProblem) {}
}

export function scanJson(text: string): ScanResult {
  try {
    return { ok: true, nonFinite: new Scanner(text).run() };
  } catch (caught) {
    if (caught instanceof Failure) return { ok: false, error: caught.problem };
    throw caught;
  }
}

class Scanner {
  private pos = 0;
  private readonly stack: Frame[] = [];
  private readonly nonFinite: NonFiniteLiteral[] = [];

  constructor(private readonly text: string) {}

  run(): NonFiniteLiteral[] {
    let mode: Mode = 'value';
    for (;;) {
      this.skipWhitespace();
      if (this.pos >= this.text.length) {
        if (mode === 'afterValue' && this.stack.length === 0) return this.nonFinite;
        this.fail('truncated');
      }
      mode = this.step(mode);
    }
  }

  private step(mode: Mode): Mode {
    const c = this.text[this.pos] as string;
    if (c === '/') this.fail('comment');
    switch (mode) {
      case 'value':
      case 'valueAfterComma':
      case 'valueOrClose':
        if (c === ']' && mode === 'valueOrClose') return this.close(true);
        if ((c === ']' || c === '}') && mode === 'valueAfterComma') this.fail('trailingComma');
        return this.value(c);
      case 'key':
      case 'keyAfterComma':
      case 'keyOrClose':
        if (c === '}' && mode === 'keyOrClose') return this.close(false);
        if (c === '}' && mode === 'keyAfterComma') this.fail('trailingComma');
        if (c === "'") this.fail('singleQuotes');
        if (c !== '"') this.fail('syntax', 'propertyName');
        this.setKey(this.string());
        return 'colon';
      case 'colon':
        if (c !== ':') this.fail('syntax', 'colon');
        this.pos++;
        return 'value';
      case 'afterValue':
        return this.afterValue(c);
    }
  }

  private value(c: string): Mode {
    if (c === '{') {
      this.pos++;
      this.stack.push({ array: false, key: '' });
      return 'keyOrClose';
    }
    if (c === '[') {
      this.pos++;
      this.stack.push({ array: true, index: 0 });
      return 'valueOrClose';
    }
    if (c === '"') {
      this.string();
      return 'afterValue';
    }
    if (c === "'") this.fail('singleQuotes');
    if (c === '-' && this.text.startsWith('-I', this.pos)) return this.literal();
    if (c === '-' || (c >= '0' && c <= '9')) {
      this.number();
      return 'afterValue';
    }
    return this.literal();
  }

  private afterValue(c: string): Mode {
    const top = this.stack[this.stack.length - 1];
    if (!top) this.fail('trailingText');
    if (c === ',') {
      this.pos++;
      if (top.array) {
        top.index++;
        return 'valueAfterComma';
      }
      return 'keyAfterComma';
    }
    if (top.array && c === ']') return this.close(true);
    if (!top.array && c === '}') return this.close(false);
    return this.fail('syntax', top.array ? 'commaOrBracket' : 'commaOrBrace');
  }

  private close(array: boolean): Mode {
    this.pos++;
    const top = this.stack.pop();
    if (top?.array !== array) this.fail('syntax', 'value');
    return 'afterValue';
  }

  private setKey(raw: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top && !top.array) top.key = JSON.parse(raw) as string;
  }

  private literal(): Mode {
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        const start = this.pos;
        this.pos += word.length;
        if (value !== null) {
          const path = this.stack.map((frame) => (frame.array ? frame.index : frame.key));
          this.nonFinite.push({ start, end: this.pos, value, path });
        }
        return 'afterValue';
      }
      const rest = this.text.length - this.pos;
      if (rest < word.length && word.startsWith(this.text.slice(this.pos))) {
        this.fail('truncated', undefined, this.text.length);
      }
    }
    return this.fail('syntax', 'value');
  }

  /** Scans a string token and returns its raw text, quotes included. */
  private string(): string {
    const start = this.pos;
    this.pos++;
    for (;;) {
      if (this.pos >= this.text.length) this.fail('truncated');
      const code = this.text.charCodeAt(this.pos);
      if (code === 0x22) break;
      if (code < 0x20) this.fail('controlCharacter');
      if (code === 0x5c) this.escape();
      else this.pos++;
    }
    this.pos++;
    return this.text.slice(start, this.pos);
  }

  private escape(): void {
    this.pos++;
    if (this.pos >= this.text.length) this.fail('truncated');
    const c = this.text[this.pos] as string;
    if (c === 'u') {
      for (let i = 1; i <= 4; i++) {
        if (this.pos + i >= this.text.length) this.fail('truncated', undefined, this.text.length);
        if (!/[0-9a-fA-F]/.test(this.text[this.pos + i] as string)) {
          this.fail('syntax', 'hexDigit', this.pos + i);
        }
      }
      this.pos += 5;
    } else if ('"\\/bfnrt'.includes(c)) this.pos++;
    else this.fail('syntax', 'escape');
  }

  private number(): void {
    if (this.text[this.pos] === '-') this.pos++;
    if (this.text[this.pos] === '0') this.pos++;
    else this.digits();
    if (this.text[this.pos] === '.') {
      this.pos++;
      this.digits();
    }
    if (this.text[this.pos] === 'e' || this.text[this.pos] === 'E') {
      this.pos++;
      if (this.text[this.pos] === '+' || this.text[this.pos] === '-') this.pos++;
      this.digits();
    }
  }

  private digits(): void {
    const start = this.pos;
    while (this.pos < this.text.length && isDigit(this.text.charCodeAt(this.pos))) this.pos++;
    if (this.pos === start) {
      if (this.pos >= this.text.length) this.fail('truncated');
      this.fail('syntax', 'digit');
    }
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) this.pos++;
      else return;
    }
  }

  private fail(kind: SyntaxKind, expected?: string, offset = this.pos): never {
    throw new Failure(expected === undefined ? { kind, offset } : { kind, offset, expected });
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
