import type { DiffRecords, MapChange, RecordChange, RecordKind, RemovedChange } from './types';
import { addTo } from './groups';

/**
 * A record's state in a diff. `status` is the one a view draws (added, removed, changed,
 * moved — a record both moved and edited is `changed`, with `moved` set too).
 */
export interface RecordStatus {
  status: 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';
  changed: boolean;
  moved: boolean;
  /** This record's changes, in diff order. */
  changes: readonly RecordChange[];
}

const UNCHANGED: RecordStatus = { status: 'unchanged', changed: false, moved: false, changes: [] };

/** Looks up changes by record, for a view that draws the new map with the diff over it. */
export interface ChangeIndex {
  statusOf(kind: RecordKind, id: string): RecordStatus;
  /** The records of a kind that only the old map has, with their old data (ghosts). */
  removed<K extends RecordKind>(kind: K): DiffRecords[K][];
}

export function indexChanges(changes: readonly MapChange[]): ChangeIndex {
  const byRecord = new Map<string, RecordChange[]>();
  const removed = new Map<RecordKind, RemovedChange[]>();
  for (const change of changes) {
    if (change.type === 'mapChanged') continue;
    const key = recordKey(change.kind, change.id);
    addTo(byRecord, key, change);
    if (change.type === 'removed') addTo(removed, change.kind, change);
  }
  const statuses = new Map<string, RecordStatus>();
  return {
    statusOf(kind, id) {
      const key = recordKey(kind, id);
      const cached = statuses.get(key);
      if (cached) return cached;
      const list = byRecord.get(key);
      const status = list ? statusFrom(list) : UNCHANGED;
      statuses.set(key, status);
      return status;
    },
    removed<K extends RecordKind>(kind: K) {
      // `as`: a removed change of kind K carries a record of kind K (see RemovedChange).
      return (removed.get(kind) ?? []).map((change) => change.record as DiffRecords[K]);
    },
  };
}

function statusFrom(changes: readonly RecordChange[]): RecordStatus {
  const moved = changes.some((c) => c.type === 'moved');
  const changed = changes.some((c) => c.type === 'changed');
  const first = changes[0]?.type;
  let status: RecordStatus['status'] = 'unchanged';
  if (first === 'added' || first === 'removed') status = first;
  else if (changed) status = 'changed';
  else if (moved) status = 'moved';
  return { status, changed, moved, changes };
}

const recordKey = (kind: RecordKind, id: string): string => `${kind}\u0000${id}`;
