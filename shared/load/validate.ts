import { z } from 'zod';
import { JourneyMapSchema, type JourneyMap } from '../model';
import { buildFastParser, INVALID, type FastParser } from '../schema/fastParser';
import { describeValue, typeWordOf, type PathSegment, type ProblemList } from './problem';

/**
 * Schema validation with zod. A valid file (the usual case) takes a fast path: zod's
 * compiled parser where code generation is allowed (Node: the CLI, the main process), or,
 * under `z.config({ jitless: true })` (the renderer, whose CSP forbids `new Function`), the
 * closure-built parser of `shared/schema/fastParser`. A file the fast path rejects goes
 * through zod's runtime parser, which keeps the input in each issue for messages that say
 * what was found.
 */
let compiled: typeof JourneyMapSchema | undefined;
let closureParser: FastParser | null | undefined;

function fastParse(value: unknown): JourneyMap | undefined {
  if (z.config().jitless) {
    if (closureParser === undefined) {
      try {
        closureParser = buildFastParser(JourneyMapSchema);
      } catch {
        closureParser = null; // a construct it does not know: zod alone, slower but right
      }
    }
    const out = closureParser ? closureParser(value) : INVALID;
    return out === INVALID ? undefined : (out as JourneyMap);
  }
  compiled ??= z.compile(JourneyMapSchema);
  const result = compiled.safeParse(value);
  return result.success ? result.data : undefined;
}

export function validateMap(value: unknown, errors: ProblemList): JourneyMap | undefined {
  const fast = fastParse(value);
  if (fast) return fast;
  const result = JourneyMapSchema.safeParse(value, { reportInput: true });
  if (result.success) return result.data; // the fast path declined what zod accepts: fine
  for (const issue of result.error.issues) addIssue(issue, errors);
  return undefined;
}
const TYPE_WORDS = new Set(['string', 'number', 'int', 'boolean', 'array', 'object', 'null']);

function addIssue(issue: z.core.$ZodIssue, errors: ProblemList): void {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS.has(issue.expected) ? issue.expected : 'value';
      if (input === undefined) errors.add('missing', path, { expected });
      else if (expected === 'int' && typeof input === 'number' && Number.isFinite(input)) {
        errors.add('notWholeNumber', path, { value: describeValue(input) });
      } else errors.add('wrongType', path, { expected, received: typeWordOf(input) });
      return;
    }
    case 'too_big':
    case 'too_small':
      addSizeIssue(issue, path, errors);
      return;
    case 'invalid_format': {
      const last = path[path.length - 1];
      if (issue.format === 'date') errors.add('badDate', path, { value: describeValue(input) });
      else if (last === 'photo') errors.add('badPhoto', path);
      else if (last === 'color' || last === 'brandColor') {
        errors.add('badColor', path, { value: describeValue(input) });
      } else errors.add('invalid', path, { detail: issue.message });
      return;
    }
    case 'invalid_value':
      errors.add('notOneOf', path, {
        options: issue.values.map((option) => describeValue(option)).join(', '),
        value: describeValue(input),
      });
      return;
    default:
      errors.add('invalid', path, { detail: issue.message });
  }
}

function addSizeIssue(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  path: PathSegment[],
  errors: ProblemList,
): void {
  const input = issue.input;
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  if (issue.origin === 'string' && typeof input === 'string') {
    if (!big && limit === 1) errors.add('emptyText', path);
    else if (big) errors.add('tooLong', path, { length: input.length, maximum: limit });
    else errors.add('tooShort', path, { length: input.length, minimum: limit });
  } else if (issue.origin === 'array' && Array.isArray(input)) {
    if (big) errors.add('tooMany', path, { count: input.length, maximum: limit });
    else errors.add('tooFew', path, { count: input.length, minimum: limit });
  } else if (big) errors.add('tooBig', path, { value: describeValue(input), maximum: limit });
  else errors.add('tooSmall', path, { value: describeValue(input), minimum: limit });
}
