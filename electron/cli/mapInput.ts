import { CURRENT_VERSION, FORMAT, JourneyMapSchema, type JourneyMap } from '../../shared/model';
import type { CliContext } from './context';
import { readLoadedFile } from './loadFile';

/** A map read from the command line, or the lines that say why it could not be. */
export type MapInput = { ok: true; map: JourneyMap } | { ok: false; lines: string[] };

/** What git passes for the missing side of an added or deleted file. */
export const NULL_FILE = '/dev/null';

/**
 * Reads `file` (relative to the working folder) through the loader gate. `/dev/null` stands
 * for "no map yet": an empty map, so that a diff of an added file lists all it holds.
 */
export async function readMapInput(file: string, ctx: CliContext): Promise<MapInput> {
  if (file === NULL_FILE) return { ok: true, map: emptyMap() };
  const loaded = await readLoadedFile(file, ctx);
  return loaded.ok ? { ok: true, map: loaded.map } : loaded;
}

/** A map with nothing in it and every default filled in. */
export function emptyMap(): JourneyMap {
  return JourneyMapSchema.parse({
    format: FORMAT,
    version: CURRENT_VERSION,
    title: '',
    stages: [],
    lanes: [],
    cards: [],
  });
}
