import type { z } from 'zod';

/**
 * A fast parser built from a zod schema out of closures, for where zod cannot generate code:
 * the renderer's CSP forbids `new Function`, so zod runs there "jitless", several times
 * slower (see `npm run bench`). It answers only the common question: is this input valid, and
 * what is zod's output for it? Anything it does not recognise returns `INVALID`, and the
 * caller then asks zod itself, which also explains what is wrong. It covers the constructs
 * the document model uses (objects that strip or keep unknown keys, arrays, strings with lengths,
 * patterns and formats, numbers with bounds and integers, enums, literals, booleans,
 * optional and default); a schema with anything else is refused when building
 * (`UnsupportedSchemaError`) and zod is used throughout. A property test checks that it
 * agrees with zod.
 */
export const INVALID: unique symbol = Symbol('invalid');
export type FastParser = (input: unknown) => unknown;

export class UnsupportedSchemaError extends Error {}

interface CheckDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  values?: readonly unknown[];
  entries?: Record<string, unknown>;
  catchall?: unknown;
  readonly defaultValue?: unknown;
}

function defOf(schema: z.ZodType): Def {
  return schema._zod.def as unknown as Def;
}

export function buildFastParser(schema: z.ZodType): FastParser {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringParser(def);
    case 'number':
      return numberParser(def);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : INVALID);
    case 'literal':
    case 'enum': {
      const allowed = new Set(def.values ?? Object.values(def.entries ?? {}));
      return (input) => (allowed.has(input) ? input : INVALID);
    }
    case 'array':
      return arrayParser(def);
    case 'object':
      return objectParser(def);
    default:
      throw new UnsupportedSchemaError(def.type);
  }
}

/** Checks that are all the same shape: a predicate per check, run in order. */
function withChecks(
  def: Def,
  base: (input: unknown) => boolean,
  toPredicate: (check: CheckDef) => (input: never) => boolean,
): FastParser {
  const predicates = (def.checks ?? []).map((check) => toPredicate(check._zod.def));
  if (def.check !== undefined) predicates.push(toPredicate(def as unknown as CheckDef));
  return (input) => {
    if (!base(input)) return INVALID;
    for (const test of predicates) if (!test(input as never)) return INVALID;
    return input;
  };
}

const PATTERN_FORMATS = new Set(['regex', 'date']);

function stringParser(def: Def): FastParser {
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  // The common case, text with a length limit, as one plain test.
  const only = checks[0];
  if (checks.length === 1 && def.check === undefined && only?.check === 'max_length') {
    const max = only.maximum ?? 0;
    return (input) => (typeof input === 'string' && input.length <= max ? input : INVALID);
  }
  return withChecks(
    def,
    (input) => typeof input === 'string',
    (check) => {
      const { maximum = 0, minimum = 0, pattern } = check;
      if (check.check === 'max_length') return (text: string) => text.length <= maximum;
      if (check.check === 'min_length') return (text: string) => text.length >= minimum;
      // Formats that are a pattern and nothing more; others (url, email …) have their own logic.
      if (check.check === 'string_format' && PATTERN_FORMATS.has(check.format ?? '') && pattern) {
        return (text: string) => {
          pattern.lastIndex = 0;
          return pattern.test(text);
        };
      }
      throw new UnsupportedSchemaError(`string check ${check.check}`);
    },
  );
}

function numberParser(def: Def): FastParser {
  return withChecks(
    def,
    (input) => typeof input === 'number' && Number.isFinite(input),
    (check) => {
      const { value = 0, inclusive } = check;
      if (check.check === 'number_format' && check.format === 'safeint')
        return Number.isSafeInteger;
      if (check.check === 'greater_than') {
        return inclusive ? (n: number) => n >= value : (n: number) => n > value;
      }
      if (check.check === 'less_than') {
        return inclusive ? (n: number) => n <= value : (n: number) => n < value;
      }
      throw new UnsupportedSchemaError(`number check ${check.check}`);
    },
  );
}

function arrayParser(def: Def): FastParser {
  if (!def.element) throw new UnsupportedSchemaError('array without element');
  const item = buildFastParser(def.element);
  let max = Number.POSITIVE_INFINITY;
  let min = 0;
  for (const { _zod } of def.checks ?? []) {
    if (_zod.def.check === 'max_length') max = _zod.def.maximum ?? max;
    else if (_zod.def.check === 'min_length') min = _zod.def.minimum ?? min;
    else throw new UnsupportedSchemaError(`array check ${_zod.def.check}`);
  }
  return (input) => {
    if (!Array.isArray(input) || input.length > max || input.length < min) return INVALID;
    const out: unknown[] = [];
    for (const element of input) {
      const value = item(element);
      if (value === INVALID) return INVALID;
      out.push(value);
    }
    return out;
  };
}

/** How an object's field treats absence: required, optional (left out) or a default. */
interface Field {
  key: string;
  parse: FastParser;
  absent: 'invalid' | 'omit' | (() => unknown);
}

function objectParser(def: Def): FastParser {
  if (!def.shape) throw new UnsupportedSchemaError('object');
  // Loose objects (`z.looseObject`, a catchall of `unknown`) keep keys they do not know.
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall as z.ZodType).type;
  if (catchall !== undefined && catchall !== 'unknown') throw new UnsupportedSchemaError('object');
  const loose = catchall === 'unknown';
  const known = new Set(Object.keys(def.shape));
  const fields: Field[] = Object.entries(def.shape).map(([key, schema]) => field(key, schema));
  // Parallel arrays and an index loop: the hot path of a large map, kept monomorphic.
  const keys = fields.map((f) => f.key);
  const parsers = fields.map((f) => f.parse);
  const absents = fields.map((f) => f.absent);
  const count = fields.length;
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return INVALID;
    const source = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      const key = keys[i] as string;
      const raw = source[key];
      if (raw === undefined) {
        const absent = absents[i] as Field['absent'];
        // A key present with the value undefined is zod's to judge (only pasted values have it).
        if (absent === 'invalid' || key in source) return INVALID;
        if (absent !== 'omit') out[key] = absent();
        continue;
      }
      const value = (parsers[i] as FastParser)(raw);
      if (value === INVALID) return INVALID;
      out[key] = value;
    }
    if (loose) {
      for (const key in source) {
        if (Object.hasOwn(source, key) && !known.has(key)) out[key] = source[key];
      }
    }
    return out;
  };
}

function field(key: string, schema: z.ZodType): Field {
  const def = defOf(schema);
  if (def.type === 'optional' && def.innerType) {
    return { key, parse: buildFastParser(def.innerType), absent: 'omit' };
  }
  if (def.type === 'default' && def.innerType) {
    // zod's getter gives a fresh copy of an object or array default each time.
    return { key, parse: buildFastParser(def.innerType), absent: () => def.defaultValue };
  }
  return { key, parse: buildFastParser(schema), absent: 'invalid' };
}
