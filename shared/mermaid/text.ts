/**
 * Text in and out of Mermaid's `journey` syntax. Mermaid has no escape character there: its
 * way is entity codes (`#58;` for a colon, `#quot;`), which it turns into HTML entities in
 * the SVG. `<br>` is its documented line break (its `tspan` text placement splits names
 * there), so an import reads it as one.
 */

/** The named codes Mermaid's documentation uses, and a few more; others stay as written. */
const NAMED: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: '\u00a0',
  hash: '#',
  colon: ':',
  semi: ';',
  comma: ',',
  percnt: '%',
  lbrace: '{',
  rbrace: '}',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  hearts: '♥',
};

const BREAK = /<br\s*\/?>/gi;

/**
 * A text as Mermaid shows it: `<br>` becomes a line break (`breaks: true`, for task names)
 * or a space, then entity codes become their characters. An unknown name shows as
 * `&name;`, as it does in Mermaid's SVG.
 */
export function mermaidText(raw: string, breaks: boolean): string {
  const broken = raw.replace(BREAK, breaks ? '\n' : ' ');
  const decoded = broken.replace(/#(\w+);/g, (whole, code: string) => {
    if (/^\d+$/.test(code)) {
      const point = Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return Object.hasOwn(NAMED, code) ? (NAMED[code] ?? whole) : `&${code};`;
  });
  return breaks
    ? decoded
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim()
    : decoded.replace(/\s+/g, ' ').trim();
}

const code = (char: string): string => `#${char.codePointAt(0) ?? 0};`;

/**
 * Statements that the lexer tries before a task name: a name starting like one of them
 * would be read as that statement, so its first letter is written as an entity code.
 */
const KEYWORD_START = /^(?:journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{])/i;

export type TextContext = 'task' | 'section' | 'actor' | 'title' | 'block';

/**
 * `text` written so that Mermaid's lexer reads it back as one piece of text and shows it as
 * it is: the characters that end a token (`#`, `:`, `;`, a line break; `,` between actors;
 * `}` in a description block) and those its pre-processing acts on (`%%`, `<`, and the
 * placeholder characters of its entity encoding) become entity codes. Line breaks become
 * spaces except in a description block: Mermaid 11 draws a task's name in a box that wraps
 * it, and shows a `<br>` there as the four characters (checked in its own renderer).
 */
export function escapeMermaid(text: string, context: TextContext): string {
  let out = text.replace(/\r\n?/g, '\n');
  if (context !== 'block') out = out.replace(/\s+/g, ' ').trim();
  out = out
    .replace(/[#:;<ﬂ¶]/g, code)
    .replace(/%(?=%)|(?<=%)%/g, code)
    .replace(context === 'actor' ? /,/g : /(?!)/g, code)
    .replace(context === 'block' ? /}/g : /(?!)/g, code);
  if (context !== 'block' && KEYWORD_START.test(out)) out = code(out) + out.slice(1);
  return out;
}
