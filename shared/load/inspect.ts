import { LIMITS, UNSAFE_KEYS } from '../model';
import type { ShapeNode } from '../schema/shapeTree';
import type { PathSegment, ProblemList } from './problem';

export interface InspectOutcome {
  /** False when the value must not go further (too deep, lists too long). */
  ok: boolean;
  /** Whether some object has a key such as `__proto__` (see `withoutUnsafeKeys`). */
  unsafeKeys: boolean;
}

/**
 * One read-only walk over an untrusted value before zod sees it: it refuses nesting deeper
 * than `LIMITS.depth` (in other tools' fields too) and lists longer than the schema allows
 * (so that zod never works through millions of items), and it reports dangerous keys such
 * as `__proto__`, which `withoutUnsafeKeys` then removes before the records, which keep
 * every other unknown key, are built. With a null shape it only checks depth (for files
 * before migration, whose shape is another).
 */
export function inspectValue(
  value: unknown,
  shape: ShapeNode | null,
  errors: ProblemList,
  warnings: ProblemList,
): InspectOutcome {
  // Before migration (null shape) unsafe keys are only skipped: the walk after it reports them.
  const walker = new Walker(errors, shape === null ? null : warnings);
  walker.visit(value, shape, 1);
  return { ok: errors.size === 0, unsafeKeys: walker.unsafeKeys };
}

class Walker {
  private readonly path: PathSegment[] = [];
  private stopped = false;
  unsafeKeys = false;

  constructor(
    private readonly errors: ProblemList,
    private readonly warnings: ProblemList | null,
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
      if (UNSAFE_KEYS.has(key)) {
        this.reportUnsafe(key);
        continue;
      }
      const child = object[key];
      if (child === null || typeof child !== 'object') continue;
      this.path.push(key);
      this.visit(child, keys?.get(key) ?? null, depth + 1);
      this.path.pop();
      if (this.stopped) return;
    }
  }

  private reportUnsafe(key: string): void {
    this.unsafeKeys = true;
    this.path.push(key);
    this.warnings?.add('unsafeKey', this.path, { key });
    this.path.pop();
  }
}

/**
 * A copy of a parsed value without `__proto__`, `constructor` and `prototype` keys at any
 * depth, for the rare file that has them: records keep unknown keys, and these must never
 * become one. Only objects on the way to such a key are copied.
 */
export function withoutUnsafeKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withoutUnsafeKeys);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) continue;
    out[key] = withoutUnsafeKeys((value as Record<string, unknown>)[key]);
  }
  return out;
}
