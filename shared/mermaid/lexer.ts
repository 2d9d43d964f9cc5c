/**
 * The tokens of Mermaid's `journey` grammar (`journey.jison` in mermaid-js/mermaid), matched
 * the way its jison lexer does: case-insensitive, and at each place the FIRST rule that
 * matches wins (not the longest). That is why a task named "Journey home" or "title page …"
 * is not a task to Mermaid, and why the exporter escapes such names.
 *
 * One difference of form: Mermaid first replaces entity codes such as `#58;` with
 * placeholders, so that `#`, `:` and `;` inside them are plain text. Here each text rule
 * accepts an entity code as one unit instead, which keeps columns true to the source.
 */

export type TokenType =
  | 'journey'
  | 'title'
  | 'accTitle'
  | 'accDescr'
  | 'accDescrBlock'
  | 'section'
  | 'taskName'
  | 'taskData'
  | 'colon'
  | 'newline'
  | 'invalid'
  | 'eof';

export interface Token {
  type: TokenType;
  /** The matched text; for `accTitle`, `accDescr` and `accDescrBlock`, the value. */
  text: string;
  /** 1-based line and column of the token's first character. */
  line: number;
  column: number;
}

const ENTITY = String.raw`#\w+;`;

interface Rule {
  pattern: RegExp;
  type?: TokenType;
  /** The lexer state entered after the match (`acc…` rules read a value next). */
  then?: 'accTitle' | 'accDescr' | 'accDescrBlock';
}

const rule = (source: string, type?: TokenType, then?: Rule['then']): Rule => ({
  pattern: new RegExp(source, 'iy'),
  ...(type ? { type } : {}),
  ...(then ? { then } : {}),
});

/** The initial state's rules, in the grammar's order; a rule without a type is skipped. */
const RULES: readonly Rule[] = [
  rule(String.raw`%%(?!\{)[^\n]*`),
  rule(String.raw`[^}]%%[^\n]*`),
  rule(String.raw`\n+`, 'newline'),
  rule(String.raw`\s+`),
  rule(String.raw`#(?!\w+;)[^\n]*`),
  rule('journey', 'journey'),
  rule(String.raw`title\s(?:${ENTITY}|[^#\n;])+`, 'title'),
  rule(String.raw`accTitle\s*:\s*`, undefined, 'accTitle'),
  rule(String.raw`accDescr\s*:\s*`, undefined, 'accDescr'),
  rule(String.raw`accDescr\s*\{\s*`, undefined, 'accDescrBlock'),
  rule(String.raw`section\s(?:${ENTITY}|[^#:\n;])+`, 'section'),
  rule(String.raw`(?:${ENTITY}|[^#:\n;])+`, 'taskName'),
  rule(String.raw`:(?:${ENTITY}|[^#\n;])+`, 'taskData'),
  rule(':', 'colon'),
  rule('.', 'invalid'),
];

const REST_OF_LINE = /[^\n]*/y;
const BLOCK_VALUE = /[^}]*/y;

/** Splits preprocessed text into tokens, ending with one `eof` token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineStarts.push(i + 1);
  const place = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  const matchAt = (pattern: RegExp, offset: number): string | undefined => {
    pattern.lastIndex = offset;
    return pattern.exec(text)?.[0];
  };

  let offset = 0;
  while (offset < text.length) {
    let matched = false;
    for (const { pattern, type, then } of RULES) {
      const found = matchAt(pattern, offset);
      if (found === undefined || found === '') continue;
      matched = true;
      if (then) {
        const start = offset + found.length;
        if (then === 'accDescrBlock') {
          const value = matchAt(BLOCK_VALUE, start) ?? '';
          tokens.push({ type: then, text: value, ...place(offset) });
          // The closing brace, when there is one, ends the block (Mermaid pops the state).
          const end = start + value.length;
          offset = text[end] === '}' ? end + 1 : end;
        } else {
          const value = matchAt(REST_OF_LINE, start) ?? '';
          tokens.push({ type: then, text: value, ...place(offset) });
          offset = start + value.length;
        }
        break;
      }
      if (type) tokens.push({ type, text: found, ...place(offset) });
      offset += found.length;
      break;
    }
    // Every character is matched by the last rule except a line break, which rule 3 takes.
    if (!matched) break;
  }
  tokens.push({ type: 'eof', text: '', ...place(text.length) });
  return tokens;
}
