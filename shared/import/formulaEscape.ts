/**
 * CSV injection: Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` (and,
 * after a tab or carriage return, what follows) as a formula. OWASP's advice is to write such
 * a text with a leading apostrophe, which both show as text.
 *
 * The scheme, chosen so that it reads back unchanged: the writer puts ONE apostrophe before
 * any text that, after its leading apostrophes, starts with one of those characters; the
 * reader takes exactly one apostrophe off any such text. So `=1+2` is written `'=1+2`, and a
 * text that really is `'=1+2` is written `''=1+2`; a text like `'quoted` (no formula
 * character after the apostrophes) is written and read as it is.
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

const ESCAPED = /^'+[=+\-@\t\r]/;

export function unescapeFormula(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
