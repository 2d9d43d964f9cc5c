import { SCHEMA_URL, UNSAFE_KEYS, type JourneyMap } from '../model';
import { MAP_SHAPE, type ShapeNode } from '../schema/shapeTree';
import { canonicalLists } from './canonicalOrder';

/**
 * The file text of a map, deterministic so that saving an unchanged map changes no byte and
 * a git diff shows only what a person changed: keys in the schemas' order at every level,
 * then the keys the app does not know (other tools' fields, kept on load) in code-unit
 * order; fields that are undefined left out; lists whose order means nothing written in a
 * canonical order (`canonicalOrder.ts`), so two people's additions land in different places;
 * 2-space indent, LF line ends, a final newline, and `$schema` pointing at the published
 * JSON Schema.
 */
export function serializeMap(map: JourneyMap): string {
  const ordered = orderKeys({ ...map, ...canonicalLists(map), $schema: SCHEMA_URL }, MAP_SHAPE);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderKeys(value: unknown, node: ShapeNode | null): unknown {
  if (node === null || value === null || typeof value !== 'object') return value;
  if (node.kind === 'array') {
    return Array.isArray(value) ? value.map((item: unknown) => orderKeys(item, node.item)) : value;
  }
  if (Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, child] of node.keys) {
    const field = source[key];
    if (field !== undefined) out[key] = orderKeys(field, child);
  }
  let unknown: string[] | undefined;
  for (const key in source) {
    if (!Object.hasOwn(source, key) || node.keys.has(key) || UNSAFE_KEYS.has(key)) continue;
    if (source[key] !== undefined) (unknown ??= []).push(key);
  }
  // Plain code-unit order (not locale order), the same on every machine.
  if (unknown) for (const key of unknown.sort()) out[key] = source[key];
  return out;
}
