import { z } from 'zod';
import { UNSAFE_KEYS } from '../model/primitives';

/**
 * A fast parser built out of closures, for where zod cannot generate code: the renderer's CSP
 * forbids `new Function`, so zod runs there "jitless", several times slower (see `npm run
 * bench`). It answers only the common question: is this input valid, and what is zod's output
 * for it? Anything it does not recognise returns `INVALID`, and the caller then asks zod
 * itself, which also explains what is wrong.
 *
 * It is built from the JSON Schema that zod generates through its public API
 * (`z.toJSONSchema`, a documented format), not from zod's internals, so it needs nothing of
 * zod's configuration or of the order in which modules set it. It covers the keywords the
 * document model produces (objects that strip or keep unknown keys, records of named values,
 * arrays with lengths, strings with lengths, patterns and the date format, numbers and
 * integers with bounds, enum, const, boolean, null, unions, optional and default); a schema with any other keyword, or one zod cannot
 * express in JSON Schema, is refused when building (`UnsupportedSchemaError`) and zod is used
 * throughout. JSON Schema does not carry a regex's flags nor a `.refine`; the model uses
 * neither, and a property test checks that the parser agrees with zod.
 */
export const INVALID: unique symbol = Symbol('invalid');
export type FastParser = (input: unknown) => unknown;

export class UnsupportedSchemaError extends Error {}

/** The part of JSON Schema (draft 2020-12) that zod generates for the document model. */
interface Node {
  type?: string;
  properties?: Record<string, Node>;
  required?: readonly string[];
  additionalProperties?: boolean | Node;
  propertyNames?: Node;
  oneOf?: readonly Node[];
  anyOf?: readonly Node[];
  items?: Node;
  maxItems?: number;
  minItems?: number;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
  enum?: readonly unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

/** Keywords the builder understands; annotations change nothing about validity. */
const KNOWN = new Set([
  ...['type', 'properties', 'required', 'additionalProperties', 'items', 'maxItems', 'minItems'],
  ...['maxLength', 'minLength', 'pattern', 'format', 'enum', 'const', 'default'],
  ...['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  ...['propertyNames', 'oneOf', 'anyOf'],
  ...['$schema', 'title', 'description'],
]);

/** Formats that zod writes out as a `pattern` and checks by that pattern and nothing more. */
const PATTERN_FORMATS = new Set(['date']);

export function buildFastParser(schema: z.ZodType): FastParser {
  let root: Node;
  try {
    // Input side: fields with a default are optional there and carry the default.
    root = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'throw',
    }) as Node;
  } catch (error) {
    throw new UnsupportedSchemaError(error instanceof Error ? error.message : String(error));
  }
  return nodeParser(root);
}

function nodeParser(node: Node): FastParser {
  for (const keyword of Object.keys(node)) {
    if (!KNOWN.has(keyword)) throw new UnsupportedSchemaError(`keyword ${keyword}`);
  }
  if (node.enum !== undefined || node.const !== undefined) {
    const allowed = new Set(node.enum ?? [node.const]);
    return (input) => (allowed.has(input) ? input : INVALID);
  }
  if (node.oneOf !== undefined || node.anyOf !== undefined) return unionParser(node);
  switch (node.type) {
    case 'null':
      return (input) => (input === null ? input : INVALID);
    case 'string':
      return stringParser(node);
    case 'number':
    case 'integer':
      return numberParser(node);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : INVALID);
    case 'array':
      return arrayParser(node);
    case 'object':
      return objectParser(node);
    default:
      throw new UnsupportedSchemaError(`type ${node.type}`);
  }
}

/** A base test and then each constraint's predicate, in order. */
function checked(
  base: (input: unknown) => boolean,
  predicates: readonly ((input: never) => boolean)[],
): FastParser {
  return (input) => {
    if (!base(input)) return INVALID;
    for (const test of predicates) if (!test(input as never)) return INVALID;
    return input;
  };
}

function stringParser(node: Node): FastParser {
  const { maxLength, minLength, pattern, format } = node;
  if (format !== undefined && !(PATTERN_FORMATS.has(format) && pattern !== undefined)) {
    throw new UnsupportedSchemaError(`string format ${format}`);
  }
  // The common case, text with a length limit, as one plain test.
  if (maxLength !== undefined && minLength === undefined && pattern === undefined) {
    return (input) => (typeof input === 'string' && input.length <= maxLength ? input : INVALID);
  }
  // Lengths as zod counts them (UTF-16 code units), which is what it wrote into the schema.
  const predicates: ((text: string) => boolean)[] = [];
  if (minLength !== undefined) predicates.push((text) => text.length >= minLength);
  if (maxLength !== undefined) predicates.push((text) => text.length <= maxLength);
  if (pattern !== undefined) {
    const regex = new RegExp(pattern);
    predicates.push((text) => regex.test(text));
  }
  return checked((input) => typeof input === 'string', predicates);
}

function numberParser(node: Node): FastParser {
  const predicates: ((n: number) => boolean)[] = [];
  // zod's integers are safe integers; it writes their bounds as minimum and maximum.
  if (node.type === 'integer') predicates.push(Number.isInteger);
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = node;
  if (minimum !== undefined) predicates.push((n) => n >= minimum);
  if (maximum !== undefined) predicates.push((n) => n <= maximum);
  if (exclusiveMinimum !== undefined) predicates.push((n) => n > exclusiveMinimum);
  if (exclusiveMaximum !== undefined) predicates.push((n) => n < exclusiveMaximum);
  return checked((input) => typeof input === 'number' && Number.isFinite(input), predicates);
}

function arrayParser(node: Node): FastParser {
  if (!node.items) throw new UnsupportedSchemaError('array without items');
  const item = nodeParser(node.items);
  const max = node.maxItems ?? Number.POSITIVE_INFINITY;
  const min = node.minItems ?? 0;
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

/**
 * `anyOf`: the first branch that accepts the input (zod's union); `oneOf` (zod's discriminated
 * union): exactly one branch must accept it.
 */
function unionParser(node: Node): FastParser {
  if (node.type !== undefined || (node.oneOf && node.anyOf)) {
    throw new UnsupportedSchemaError('union beside other keywords');
  }
  const exactlyOne = node.oneOf !== undefined;
  const branches = (node.oneOf ?? node.anyOf ?? []).map(nodeParser);
  return (input) => {
    let out: unknown = INVALID;
    for (const branch of branches) {
      const value = branch(input);
      if (value === INVALID) continue;
      if (!exactlyOne) return value;
      if (out !== INVALID) return INVALID;
      out = value;
    }
    return out;
  };
}

/** A record (`z.record`): every own key checked by `propertyNames`, every value by its schema. */
function recordParser(node: Node): FastParser {
  const name = nodeParser(node.propertyNames as Node);
  const value = nodeParser(node.additionalProperties as Node);
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(input)) {
      // A key that could reach the prototype is zod's (and the loader's) to judge.
      if (UNSAFE_KEYS.has(key)) return INVALID;
      const parsed = value(raw);
      if (name(key) === INVALID || parsed === INVALID) return INVALID;
      out[key] = parsed;
    }
    return out;
  };
}

function objectParser(node: Node): FastParser {
  if (node.propertyNames !== undefined) {
    const extra = node.additionalProperties;
    if (node.properties || typeof extra !== 'object') {
      throw new UnsupportedSchemaError('record with properties');
    }
    return recordParser(node);
  }
  const properties = node.properties ?? {};
  // zod writes `{}` (anything) for a loose object's unknown keys, nothing for a stripping one.
  const extra = node.additionalProperties;
  const loose = typeof extra === 'object' && Object.keys(extra).length === 0;
  if (extra !== undefined && !loose) throw new UnsupportedSchemaError('object catchall');
  const required = new Set(node.required ?? []);
  const known = new Set(Object.keys(properties));
  const fields = Object.entries(properties).map(([key, child]) => field(key, child, required));
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

function field(key: string, node: Node, required: ReadonlySet<string>): Field {
  const parse = nodeParser(node);
  if (required.has(key)) return { key, parse, absent: 'invalid' };
  if (!('default' in node)) return { key, parse, absent: 'omit' };
  const value = node.default;
  if (typeof value !== 'object' || value === null) return { key, parse, absent: () => value };
  // A fresh copy each time, as zod gives, so that no two documents share a default list.
  const text = JSON.stringify(value);
  return { key, parse, absent: () => JSON.parse(text) as unknown };
}
