import { compareOrder } from '../diff/fields';
import { movedIds } from '../diff/sequence';
import type { MergeSide } from '../model';
import { addTo } from '../diff/groups';

/** One side's sequence of ids (a cell's cards, the stages …) and each one's sort key there. */
export interface Sequence {
  ids: readonly string[];
  key(id: string): unknown;
}

/**
 * The merged order of `members` (the ids the result holds in this sequence). Ids in all three
 * sequences that neither side moved keep their common order and serve as anchors; every other
 * id goes into the gap after the anchor that precedes it on the side that placed it (the side
 * that added or moved it; ours when both moved it). Within a gap, ids from both sides are
 * sorted by their key on their side, then by id, so the result does not depend on which side
 * is "ours" — two cards added at the end of a cell on both branches (equal keys) come in id
 * order.
 */
export function mergeSequence(
  base: readonly string[],
  ours: Sequence,
  theirs: Sequence,
  members: ReadonlySet<string>,
): string[] {
  const movedOurs = movedIds(base, ours.ids);
  const movedTheirs = movedIds(base, theirs.ids);
  const inOurs = new Set(ours.ids);
  const inTheirs = new Set(theirs.ids);
  const stable = new Set(
    base.filter(
      (id) =>
        members.has(id) &&
        inOurs.has(id) &&
        inTheirs.has(id) &&
        !movedOurs.has(id) &&
        !movedTheirs.has(id),
    ),
  );
  const sideOf = (id: string): MergeSide => {
    if (!inOurs.has(id)) return 'theirs';
    if (inTheirs.has(id) && movedTheirs.has(id) && !movedOurs.has(id)) return 'theirs';
    return 'ours';
  };
  const anchors = { ours: anchorsIn(ours.ids, stable), theirs: anchorsIn(theirs.ids, stable) };
  const gaps = new Map<string | null, { id: string; key: unknown }[]>();
  for (const id of members) {
    if (stable.has(id)) continue;
    const side = sideOf(id);
    const sequence = side === 'ours' ? ours : theirs;
    const anchor = anchors[side].get(id) ?? null;
    addTo(gaps, anchor, { id, key: sequence.key(id) });
  }
  for (const gap of gaps.values()) {
    gap.sort((a, b) => compareOrder(a.key, b.key) || compareOrder(a.id, b.id));
  }
  const out = (gaps.get(null) ?? []).map((entry) => entry.id);
  for (const id of base) {
    if (!stable.has(id)) continue;
    out.push(id, ...(gaps.get(id) ?? []).map((entry) => entry.id));
  }
  return out;
}

/** For each id of a sequence, the nearest stable id before it (absent: none before it). */
function anchorsIn(ids: readonly string[], stable: ReadonlySet<string>): Map<string, string> {
  const anchors = new Map<string, string>();
  let anchor: string | undefined;
  for (const id of ids) {
    if (stable.has(id)) anchor = id;
    else if (anchor !== undefined) anchors.set(id, anchor);
  }
  return anchors;
}
