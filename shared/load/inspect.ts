import { LIMITS } from '../model';
import type { ShapeNode } from '../schema/shapeTree';
import type { PathSegment, ProblemList } from './problem';

/** Keys that could reach an object's prototype if some code copied them naively. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface InspectOutcome {
  /** False when the value must not go further (too deep, lists too long). */
  ok: boolean;
}

/**
 * One read-only walk over an untrusted value before zod sees it: it refuses nesting deeper
 * than `LIMITS.depth` and lists longer than the schema allows (so that zod never works
 * through millions of items), and it reports fields the document does not know, which are
 * dropped, and dangerous keys such as `__proto__`, which never reach an object. With a null
 * shape it only checks depth (for files before migration, whose shape is another).
 */
export function inspectValue(
  value: unknown,
  shape: ShapeNode | null,
  errors: ProblemList,
  warnings: ProblemList,
): InspectOutcome {
  const walker = new Walker(errors, warnings);
  walker.visit(value, shape, 1);
  return { ok: errors.size === 0 };
}

class Walker {
  private readonly path: PathSegment[] = [];
  private stopped = false;

  constructor(
    private readonly errors: ProblemList,
    private readonly warnings: ProblemList,
  ) {}

  visit(value: unknown, node: ShapeNode | null, depth: number): void {
    if (this.stopped || value === null || typeof value !== 'object') return;
    if (depth > LIMITS.depth) {
      this.errors.add('tooDeep', this.path, { limit: LIMITS.depth });
      this.stopped = true;
      return;
    }
    if (Array.isArray(value)) this.visitArray(value, node, depth);
    else this.visitObject(value as Record<string, unknown>, node, depth);
  }

  private visitArray(items: readonly unknown[], node: ShapeNode | null, depth: number): void {
    const item = node?.kind === 'array' ? node.item : null;
    if (node?.kind === 'array' && node.maxItems !== undefined && items.length > node.maxItems) {
      this.errors.add('tooMany', this.path, { count: items.length, maximum: node.maxItems });
      return;
    }
    for (let i = 0; i < items.length; i++) {
      const child = items[i];
      if (child === null || typeof child !== 'object') continue;
      this.path.push(i);
      this.visit(child, item, depth + 1);
      this.path.pop();
      if (this.stopped) return;
    }
  }

  private visitObject(
    object: Record<string, unknown>,
    node: ShapeNode | null,
    depth: number,
  ): void {
    const keys = node?.kind === 'object' ? node.keys : null;
    // for…in walks V8's enum cache without building an array of keys: this runs for every
    // card of a large map. Inherited keys (only pasted values could have them) are skipped.
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      const known = keys?.has(key) ?? false;
      if (!known && keys) this.reportUnknown(key);
      if (!known && UNSAFE_KEYS.has(key)) continue;
      const child = object[key];
      if (child === null || typeof child !== 'object') continue;
      this.path.push(key);
      this.visit(child, keys?.get(key) ?? null, depth + 1);
      this.path.pop();
      if (this.stopped) return;
    }
  }

  private reportUnknown(key: string): void {
    this.path.push(key);
    if (UNSAFE_KEYS.has(key)) this.warnings.add('unsafeKey', this.path, { key });
    else this.warnings.add('unknownField', this.path);
    this.path.pop();
  }
}
