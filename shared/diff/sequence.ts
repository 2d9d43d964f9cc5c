/**
 * Which items of a list changed place. Only the items present in both lists count, and the
 * most of them that kept their relative order (a longest increasing subsequence) are taken
 * as staying put: inserting or deleting an item shifts the others' indices without moving
 * them, and dragging one card to the top reports that card alone.
 */
export function movedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const afterIndex = new Map(after.map((id, index) => [id, index]));
  const common = before.filter((id) => afterIndex.has(id));
  const ranks = common.map((id) => afterIndex.get(id) ?? 0);
  const keep = longestIncreasing(ranks);
  const moved = new Set<string>();
  common.forEach((id, i) => {
    if (!keep.has(i)) moved.add(id);
  });
  return moved;
}

/** Indices (into `values`) of one longest strictly increasing subsequence, O(n log n). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k]: index of the smallest tail of a run of length k+1
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1] ?? -1;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(i);
  return kept;
}
