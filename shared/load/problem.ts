import { englishMessage, type ProblemCode, type ProblemParams } from './messages';

/**
 * One thing wrong with (errors) or repaired in (warnings) a file. `path` is a JSON path such
 * as `stages[3].name` ('' for the file as a whole); `message` is English, and `code` with
 * `params` lets the UI show it in another language (see `formatProblemMessage`).
 */
export interface Problem {
  path: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['stages', 3, 'name']` → `stages[3].name`; odd keys are quoted: `cards[0]["my key"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(clip(segment, 60))}]`;
  }
  return out;
}

export function makeProblem(code: ProblemCode, path: Path, params?: ProblemParams): Problem {
  const problem: Problem = { path: formatPath(path), code, message: englishMessage(code, params) };
  if (params) problem.params = params;
  return problem;
}

/** Shortens text from a file for a message. */
export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A value from a file as a message shows it: text quoted and clipped, numbers as written. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return typeof value;
}

/** A message's word for what a value is (`TypeWord` code). */
export function typeWordOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'nan';
    if (!Number.isFinite(value)) return 'infinity';
  }
  return typeof value;
}

/** How many problems of one kind are listed before the rest are only counted. */
const MAX_PER_CODE = 50;

/**
 * Collects problems, listing at most `MAX_PER_CODE` of each kind so that a file with 50,000
 * broken cards gives a readable report (and bounded memory) rather than 50,000 lines.
 */
export class ProblemList {
  private readonly items: Problem[] = [];
  private readonly perCode = new Map<string, number>();
  private suppressed = 0;

  add(code: ProblemCode, path: Path, params?: ProblemParams): void {
    const seen = this.perCode.get(code) ?? 0;
    this.perCode.set(code, seen + 1);
    if (seen >= MAX_PER_CODE) this.suppressed++;
    else this.items.push(makeProblem(code, path, params));
  }

  get size(): number {
    return this.items.length + this.suppressed;
  }

  toArray(): Problem[] {
    return this.suppressed === 0
      ? [...this.items]
      : [...this.items, makeProblem('moreProblems', [], { count: this.suppressed })];
  }
}
