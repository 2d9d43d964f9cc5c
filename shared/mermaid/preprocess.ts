import { parse as parseYaml, YAMLParseError } from 'yaml';

/**
 * What Mermaid does to a diagram's text before its `journey` grammar sees it
 * (`preprocessDiagram` and `Diagram.fromText` in mermaid-js/mermaid): line endings, front
 * matter, `%%{…}%%` directives, `%%` comment lines, and one quirk of its entity encoding.
 * Removed text is blanked out rather than cut, so that every line keeps its number for
 * messages.
 */
export interface Preprocessed {
  text: string;
  /** `title:` from the front matter, if any. */
  frontMatterTitle?: string;
}

export type PreprocessOutcome =
  { ok: true; value: Preprocessed } | { ok: false; line: number; column?: number; detail: string };

/** Mermaid's own front matter pattern (Jekyll's): it must open on the very first line. */
const FRONT_MATTER = /^-{3}\s*[\n\r](.*?)[\n\r]-{3}\s*[\n\r]+/s;
/** Mermaid's `directiveRegex`: `%%{init: …}%%`, possibly over several lines. */
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
/** Mermaid's `cleanupComments`: whole lines that start with `%%` (not a directive). */
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;
/** `encodeEntities` drops the last `;` of such lines (meant for flowchart styles). */
const STYLE_LINES = [/style.*:\S*#.*;/g, /classDef.*:\S*#.*;/g];

/** Spaces in place of `text`, keeping its line breaks. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

export function preprocess(source: string): PreprocessOutcome {
  let text = source.replace(/\r\n?/g, '\n');
  let frontMatterTitle: string | undefined;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    const body = front[1] ?? '';
    let data: unknown;
    try {
      // Mermaid reads front matter with js-yaml's JSON schema; `core` resolves scalars alike.
      data = parseYaml(body, { schema: 'core' });
    } catch (error) {
      if (error instanceof YAMLParseError) {
        const at = error.linePos?.[0];
        // The body starts on line 2, after the opening `---`.
        return {
          ok: false,
          line: (at?.line ?? 1) + 1,
          ...(at ? { column: at.col } : {}),
          // yaml names the place in the front matter alone; the caller names it in the file.
          detail: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
        };
      }
      throw error;
    }
    const title =
      typeof data === 'object' && data !== null && !Array.isArray(data)
        ? (data as Record<string, unknown>).title
        : undefined;
    // Mermaid keeps a truthy title as `title.toString()`.
    if (typeof title === 'string' || typeof title === 'number' || typeof title === 'boolean') {
      if (title) frontMatterTitle = String(title);
    }
    text = blank(front[0]) + text.slice(front[0].length);
  }
  text = text.replace(DIRECTIVE, blank).replace(COMMENT_LINE, blank);
  for (const pattern of STYLE_LINES) text = text.replace(pattern, (line) => line.slice(0, -1));
  return {
    ok: true,
    value: { text, ...(frontMatterTitle === undefined ? {} : { frontMatterTitle }) },
  };
}
