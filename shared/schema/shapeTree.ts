import type { z } from 'zod';
import { JourneyMapSchema } from '../model';

/**
 * The structure of the document as plain data, read once from the zod schemas: which keys an
 * object has (in the schemas' order, which is the file's key order) and what a list holds.
 * The serialiser orders keys with it; the loader finds unknown fields and over-long lists
 * with it before zod runs.
 */
export type ShapeNode = ObjectNode | ArrayNode;

export interface ObjectNode {
  readonly kind: 'object';
  /** Known keys in file order; null marks a leaf (text, number, enum …). */
  readonly keys: ReadonlyMap<string, ShapeNode | null>;
}

export interface ArrayNode {
  readonly kind: 'array';
  readonly item: ShapeNode | null;
  readonly maxItems: number | undefined;
}

/** zod 4 core internals, read only for structure: `_zod.def` is its documented extension API. */
interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  checks?: readonly { _zod: { def: { check: string; maximum?: number } } }[];
}

function defOf(schema: z.ZodType): ZodDefLike {
  return schema._zod.def as unknown as ZodDefLike;
}

/** Optional, default and similar wrappers change what may be absent, not the structure. */
const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch']);

export function buildShapeNode(schema: z.ZodType): ShapeNode | null {
  let def = defOf(schema);
  while (WRAPPERS.has(def.type) && def.innerType) def = defOf(def.innerType);
  if (def.type === 'object' && def.shape) {
    const keys = new Map<string, ShapeNode | null>();
    for (const [key, child] of Object.entries(def.shape)) keys.set(key, buildShapeNode(child));
    return { kind: 'object', keys };
  }
  if (def.type === 'union' && def.options) {
    // A union of objects (an import mapping's layouts): the keys of every option, in the
    // order they first appear, so that each option's keys are written in one fixed order.
    const options = def.options.map(buildShapeNode);
    if (options.every((node) => node?.kind === 'object')) {
      const keys = new Map<string, ShapeNode | null>();
      for (const node of options as ObjectNode[]) {
        for (const [key, child] of node.keys) if (!keys.has(key)) keys.set(key, child);
      }
      return { kind: 'object', keys };
    }
    return null;
  }
  if (def.type === 'array' && def.element) {
    const max = def.checks?.find((check) => check._zod.def.check === 'max_length');
    return {
      kind: 'array',
      item: buildShapeNode(def.element),
      maxItems: max?._zod.def.maximum,
    };
  }
  return null;
}

/** The shape of a whole journey map. */
export const MAP_SHAPE = buildShapeNode(JourneyMapSchema) as ObjectNode;
