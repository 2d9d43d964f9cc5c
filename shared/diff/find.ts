import type { JourneyMap } from '../model';
import type { RecordKind } from './types';

/** Each record kind's list in a map. */
const LISTS = {
  persona: (m: JourneyMap) => m.personas,
  stage: (m: JourneyMap) => m.stages,
  lane: (m: JourneyMap) => m.lanes,
  card: (m: JourneyMap) => m.cards,
  connector: (m: JourneyMap) => m.connectors,
  note: (m: JourneyMap) => m.notes,
  participant: (m: JourneyMap) => m.workshop?.participants ?? [],
  metric: (m: JourneyMap) => m.metrics,
  measurement: (m: JourneyMap) => m.measurements,
  metricSource: (m: JourneyMap) => m.metricSources,
} satisfies Record<RecordKind, (m: JourneyMap) => readonly { id: string }[]>;

/** The record of `kind` with `id`, from the first of `maps` that has it. */
export function findIn(
  maps: readonly JourneyMap[],
  kind: RecordKind,
  id: string,
): object | undefined {
  for (const map of maps) {
    const found = LISTS[kind](map).find((record) => record.id === id);
    if (found) return found;
  }
  return undefined;
}

/** A stage's, lane's or metric's name as a reference reads it (not quoted); else its id. */
export function recordName(
  kind: 'stage' | 'lane' | 'metric',
  id: string,
  maps: readonly JourneyMap[],
): string {
  const found = findIn(maps, kind, id) as { name?: string } | undefined;
  return found?.name || id;
}
