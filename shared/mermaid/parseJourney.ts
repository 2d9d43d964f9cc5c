import { tokenize, type Token } from './lexer';
import { preprocess } from './preprocess';

/** One task as Mermaid's `journeyDb.addTask` records it, with where it was written. */
export interface JourneyTask {
  /** The text of the `section` it follows ('' before any section). */
  section: string;
  /** The name as written: `<br>` and entity codes are left to `mermaidText`. */
  name: string;
  /** `Number(…)` of the text before the second colon, as Mermaid reads it: may be NaN. */
  score: number;
  /** The actors, trimmed, in the order written (may hold '' for `Task: 5:` + spaces). */
  people: string[];
  line: number;
  /** The line of its `section` statement (none before any section). */
  sectionLine?: number;
}

export interface JourneySection {
  name: string;
  line: number;
}

export interface JourneyDiagram {
  title?: { text: string; line: number };
  accTitle?: { text: string; line: number };
  accDescr?: string;
  sections: JourneySection[];
  tasks: JourneyTask[];
}

/** Why the text is not a `journey` diagram, where (message key under `mermaid.errors`). */
export interface ParseError {
  code: 'notJourney' | 'frontMatter' | 'taskWithoutScore' | 'strayColon' | 'unexpected';
  line: number;
  column?: number;
  params?: Record<string, string>;
}

export type ParseOutcome = { ok: true; diagram: JourneyDiagram } | { ok: false; error: ParseError };

/**
 * Parses a Mermaid `journey` diagram as Mermaid's grammar and database read it: statements
 * need no line breaks between them, a task is `name` then `:data` where the data's first
 * piece is the score and the second the comma-separated actors (further pieces are ignored,
 * as Mermaid ignores them); the title and the accessibility texts are kept as their
 * statements set them (the last one wins; the front matter's title gives way to a `title`).
 * Texts come back as written (trimmed); `mermaidText` reads their `<br>` and entity codes.
 */
export function parseJourney(source: string): ParseOutcome {
  const pre = preprocess(source);
  if (!pre.ok) {
    const { line, column, detail } = pre;
    return {
      ok: false,
      error: { code: 'frontMatter', line, ...(column ? { column } : {}), params: { detail } },
    };
  }
  const tokens = tokenize(pre.value.text);
  const diagram: JourneyDiagram = { sections: [], tasks: [] };
  const front = pre.value.frontMatterTitle;
  if (front !== undefined) diagram.title = { text: front.trim(), line: 1 };

  let index = 0;
  // Mermaid trims the text's start, so blank lines and comments may come before `journey`.
  while (tokens[index]?.type === 'newline') index += 1;
  const first = tokens[index];
  if (first?.type !== 'journey') {
    return { ok: false, error: at('notJourney', first) };
  }
  index += 1;
  let section = '';
  let sectionLine: number | undefined;
  for (;;) {
    const token = tokens[index];
    if (!token || token.type === 'eof') break;
    index += 1;
    switch (token.type) {
      case 'newline':
        break;
      case 'title':
        diagram.title = { text: token.text.slice(6).trim(), line: token.line };
        break;
      case 'accTitle':
        diagram.accTitle = { text: token.text.trim(), line: token.line };
        break;
      case 'accDescr':
      case 'accDescrBlock':
        diagram.accDescr = token.text.trim().replace(/\n\s+/g, '\n');
        break;
      case 'section':
        section = token.text.slice(8).trim();
        sectionLine = token.line;
        diagram.sections.push({ name: section, line: token.line });
        break;
      case 'taskName': {
        const data = tokens[index];
        if (data?.type !== 'taskData') {
          return {
            ok: false,
            error: at('taskWithoutScore', data ?? token, { name: token.text.trim() }),
          };
        }
        index += 1;
        diagram.tasks.push({
          ...task(section, token, data),
          ...(sectionLine === undefined ? {} : { sectionLine }),
        });
        break;
      }
      case 'taskData':
      case 'colon':
        return { ok: false, error: at('strayColon', token) };
      default:
        return { ok: false, error: at('unexpected', token, { found: describe(token) }) };
    }
  }
  return { ok: true, diagram };
}

/** `journeyDb.addTask`: the data after the colon split at colons, then the actors at commas. */
function task(section: string, name: Token, data: Token): JourneyTask {
  const pieces = data.text.slice(1).split(':');
  const people = pieces.length > 1 ? (pieces[1] ?? '').split(',').map((s) => s.trim()) : [];
  return {
    section,
    name: name.text.trim(),
    score: Number(pieces[0]),
    people,
    line: name.line,
  };
}

function at(code: ParseError['code'], token: Token | undefined, params?: Record<string, string>) {
  const error: ParseError = { code, line: token?.line ?? 1 };
  if (token) error.column = token.column;
  if (params) error.params = params;
  return error;
}

function describe(token: Token): string {
  if (token.type === 'journey') return 'journey';
  return JSON.stringify(token.text.slice(0, 20));
}
