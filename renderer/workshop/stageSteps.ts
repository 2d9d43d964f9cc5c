import type { JourneyMap } from '../../shared/model';

/**
 * The stage that comes into focus after `current` when stepping `delta` stages in reading
 * order: overview (null) → first stage → … → last stage → overview, and back.
 */
export function steppedStage(
  map: Pick<JourneyMap, 'stages'>,
  current: string | null,
  delta: 1 | -1,
): string | null {
  const ids = map.stages.map((stage) => stage.id);
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  // The overview sits at position −1 of a cycle of length n + 1.
  const cycle = ids.length + 1;
  const next = ((index + 1 + delta + cycle) % cycle) - 1;
  return next < 0 ? null : (ids[next] ?? null);
}

/** Reading order for a visual direction: in a right-to-left map the stage to the right is the previous one. */
export function readingDelta(map: Pick<JourneyMap, 'direction'>, side: 'left' | 'right'): 1 | -1 {
  const forward = map.direction === 'rtl' ? 'left' : 'right';
  return side === forward ? 1 : -1;
}
