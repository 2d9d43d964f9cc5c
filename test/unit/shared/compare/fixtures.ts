import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadMap } from '../../../../shared/load';
import type { JourneyMap } from '../../../../shared/model';

/**
 * The compare fixtures: from old to new, "Reads reviews" moved from Interest to Purchase,
 * "Delivery cost shown late" removed, "Chat answers slowly" added, "Compares prices" edited.
 */
export const OLD_FILE = path.resolve('test/fixtures/compare/old.journey.json');
export const NEW_FILE = path.resolve('test/fixtures/compare/new.journey.json');

export function fixtureMap(file: string): JourneyMap {
  const loaded = loadMap(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.map;
}
