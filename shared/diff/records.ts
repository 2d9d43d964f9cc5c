import { differingFields } from './fields';
import { movedIds } from './sequence';
import type { ListPlace, MapChange, RecordKind, DiffRecords } from './types';
import { addTo } from './groups';

type Identified = { id: string };

/**
 * The changes of one list of records matched by `id`: added, removed, and for records in
 * both the fields that differ (every own key but `skip`). With `ordered`, a record whose
 * position among the records in both lists changed is reported as moved (stages, lanes and
 * personas: their list order is what the user sees). Changes come in `sequence` order.
 */
export function diffRecords<K extends RecordKind>(
  kind: K,
  before: readonly DiffRecords[K][],
  after: readonly DiffRecords[K][],
  options: { skip?: ReadonlySet<string>; ordered?: boolean; moveOf?: MoveOf<K> } = {},
): MapChange[] {
  const old = byId(before);
  const now = byId(after);
  const moveOf = options.ordered ? listMoves(kind, before, after) : options.moveOf;
  const changes: MapChange[] = [];
  for (const id of mergedOrder(ids(before), ids(after))) {
    const was = old.get(id);
    const is = now.get(id);
    if (!was && is) changes.push({ type: 'added', kind, id, record: is } as MapChange);
    else if (was && !is) changes.push({ type: 'removed', kind, id, record: was } as MapChange);
    else if (was && is) {
      const move = moveOf?.(id, was, is);
      if (move) changes.push(move);
      for (const difference of differingFields(was, is, options.skip ?? ID_ONLY)) {
        changes.push({ type: 'changed', kind, id, ...difference } as MapChange);
      }
    }
  }
  return changes;
}
// `as MapChange` above: TypeScript cannot tie the generic `kind` to its record type in a
// mapped union; the pairing is right by construction (`kind` and `record` share K).

/** The move of a record found in both lists, if it moved. */
export type MoveOf<K extends RecordKind> = (
  id: string,
  was: DiffRecords[K],
  is: DiffRecords[K],
) => MapChange | undefined;

/** Moves within an ordered list: positions among the records that are in both lists. */
function listMoves<K extends RecordKind>(
  kind: K,
  before: readonly Identified[],
  after: readonly Identified[],
): MoveOf<K> {
  const moved = movedIds(ids(before), ids(after));
  const oldIndex = new Map(ids(before).map((id, index) => [id, index]));
  const nowIndex = new Map(ids(after).map((id, index) => [id, index]));
  return (id) => {
    if (!moved.has(id)) return undefined;
    const from: ListPlace = { index: oldIndex.get(id) ?? 0 };
    const to: ListPlace = { index: nowIndex.get(id) ?? 0 };
    return { type: 'moved', kind, id, from, to } as MapChange;
  };
}

export const ID_ONLY: ReadonlySet<string> = new Set(['id']);

export function byId<T extends Identified>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function ids(records: readonly Identified[]): string[] {
  return records.map((record) => record.id);
}

/**
 * The new list's ids, with each id that is only in the old list placed after the id that
 * preceded it there: the order in which a reader expects both added and removed records.
 */
export function mergedOrder(before: readonly string[], after: readonly string[]): string[] {
  const inAfter = new Set(after);
  const following = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const id of before) {
    if (inAfter.has(id)) anchor = id;
    else addTo(following, anchor, id);
  }
  const out = [...(following.get(null) ?? [])];
  for (const id of after) {
    out.push(id);
    const removed = following.get(id);
    if (removed) out.push(...removed);
  }
  return out;
}
