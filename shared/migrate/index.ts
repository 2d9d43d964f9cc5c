import { CURRENT_VERSION } from '../model';
import type { LooseDoc, Migration } from './migration';
import { prototypeToV1 } from './steps/v1-prototype';
import { orderKeysV2 } from './steps/v2-order-keys';
import { metricsV3 } from './steps/v3-metrics';

export type { LooseDoc, Migration } from './migration';

/**
 * Every step from the oldest readable version to `CURRENT_VERSION`, in order. A new version
 * of the format adds one step here (with a fixture in `test/fixtures/migrate/`); a test
 * checks that the versions count up by one and that every step runs.
 */
export const MIGRATIONS: readonly Migration[] = [prototypeToV1, orderKeysV2, metricsV3];

/** The oldest version that still loads. */
export const OLDEST_VERSION = CURRENT_VERSION - MIGRATIONS.length;

/**
 * Brings a document of `fromVersion` (OLDEST_VERSION ≤ fromVersion ≤ CURRENT_VERSION) up to
 * the current version. Returns the versions each applied step produced.
 */
export function migrateToCurrent(
  doc: LooseDoc,
  fromVersion: number,
): { doc: LooseDoc; applied: number[] } {
  let current = doc;
  const applied: number[] = [];
  for (const step of MIGRATIONS) {
    if (step.version <= fromVersion) continue;
    current = step.up(current);
    applied.push(step.version);
  }
  return { doc: current, applied };
}
