import { SCHEMA_URL, type JourneyMap } from '../model';
import { MAP_SHAPE, type ShapeNode } from '../schema/shapeTree';

/**
 * The file text of a map, deterministic so that saving an unchanged map changes no byte and
 * a git diff shows only what a person changed: keys in the schemas' order at every level,
 * fields that are undefined left out, 2-space indent, LF line ends, a final newline, and
 * `$schema` pointing at the published JSON Schema. Keys that the schemas do not know are
 * not written.
 */
export function serializeMap(map: JourneyMap): string {
  const ordered = orderKeys({ ...map, $schema: SCHEMA_URL }, MAP_SHAPE);
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
  return out;
}
