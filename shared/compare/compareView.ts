import { describeChange, diffMaps, indexChanges, type MapChange, type RecordKind } from '../diff';
import type { Translate } from '../i18n/translate';
import type { JourneyMap } from '../model';
import { ghostMap } from './ghostMap';

/** How a record differs in a compare: the one status a view draws for it. */
export type CompareStatus = 'added' | 'removed' | 'changed' | 'moved';
export const COMPARE_STATUSES = [
  'added',
  'removed',
  'changed',
  'moved',
] as const satisfies readonly CompareStatus[];

/** The records a compare draws on the map (the others are listed only). */
export type MarkedKind = 'card' | 'stage' | 'lane';
const MARKED_KINDS = ['card', 'stage', 'lane'] as const satisfies readonly MarkedKind[];

export interface CompareMark {
  status: CompareStatus;
  /** A changed record that also moved. */
  moved: boolean;
  /** Its changes in the reviewer's words (`shared/diff`), for a tooltip or a description. */
  lines: readonly string[];
}

/** One line of the change list, and the record to select and centre for it, if any. */
export interface CompareEntry {
  text: string;
  type: MapChange['type'];
  target: { kind: RecordKind; id: string } | null;
}

export interface CompareView {
  /** The new map with the removed records put back as ghosts (see ghostMap). */
  map: JourneyMap;
  /** Cards, stages and lanes that differ, by id; the others are unchanged. */
  marks: Readonly<Record<MarkedKind, ReadonlyMap<string, CompareMark>>>;
  /** Every change, in the diff's reading order. */
  entries: readonly CompareEntry[];
  /** How many cards, stages and lanes have each status (for a legend). */
  counts: Readonly<Record<CompareStatus, number>>;
}

/**
 * A compare of two versions of a map as a view draws it: the new map with ghosts of what was
 * removed, a mark on each card, stage and lane that was added, removed, changed or moved,
 * and the list of changes in words. The canvas and the compare export both start here.
 * `t` gives the words (`diff.*`); the maps have come through the loader gate.
 */
export function compareMaps(before: JourneyMap, after: JourneyMap, t: Translate): CompareView {
  const changes = diffMaps(before, after);
  const index = indexChanges(changes);
  const words = (change: MapChange): string => describeChange(change, before, after, t);
  const entries = changes.map((change): CompareEntry => ({
    text: words(change),
    type: change.type,
    target: targetOf(change, before, after),
  }));
  const counts: Record<CompareStatus, number> = { added: 0, removed: 0, changed: 0, moved: 0 };
  const map = ghostMap(before, after);
  const marks = {} as Record<MarkedKind, Map<string, CompareMark>>;
  for (const kind of MARKED_KINDS) {
    const found = new Map<string, CompareMark>();
    for (const { id } of listOf(map, kind)) {
      const status = index.statusOf(kind, id);
      if (status.status === 'unchanged') continue;
      counts[status.status] += 1;
      found.set(id, {
        status: status.status,
        moved: status.moved,
        lines: status.changes.map(words),
      });
    }
    marks[kind] = found;
  }
  return { map, marks, entries, counts };
}

/** The record an entry selects: a metric value's stage (the canvas shows values per stage). */
function targetOf(
  change: MapChange,
  before: JourneyMap,
  after: JourneyMap,
): CompareEntry['target'] {
  if (change.type === 'mapChanged') return null;
  if (change.kind !== 'measurement') return { kind: change.kind, id: change.id };
  const value =
    change.type === 'added' || change.type === 'removed'
      ? change.record
      : (after.measurements.find((m) => m.id === change.id) ??
        before.measurements.find((m) => m.id === change.id));
  return value ? { kind: 'stage', id: value.stageId } : null;
}

function listOf(map: JourneyMap, kind: MarkedKind): readonly { id: string }[] {
  return kind === 'card' ? map.cards : kind === 'stage' ? map.stages : map.lanes;
}
