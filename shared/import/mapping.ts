import { ImportMappingSchema, type ImportMapping } from '../model/importMapping';

// The mapping's schema lives with the document model, which remembers a map's mapping.
export {
  ImportMappingSchema,
  type ImportLayout,
  type ImportMapping,
  type LongMapping,
  type RecordsMapping,
  type WideMapping,
} from '../model/importMapping';

/** A mapping from outside (a file, a map) checked; the error names the field that is wrong. */
export function parseMapping(
  value: unknown,
): { ok: true; mapping: ImportMapping } | { ok: false; path: string; detail: string } {
  const parsed = ImportMappingSchema.safeParse(value);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, path: issue?.path.join('.') ?? '', detail: issue?.message ?? '' };
}
