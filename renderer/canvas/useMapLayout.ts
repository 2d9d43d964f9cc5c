import { useMemo } from 'react';
import {
  CANVAS_LIMITS,
  createLayoutCache,
  layoutMap,
  type LayoutOptions,
  type MapLayout,
} from '../../shared/layout';
import type { JourneyMap } from '../../shared/model';

/**
 * The document's layout, recomputed when the document changes or a crowded cell is opened. One cache per document
 * session: unchanged cards keep their measurements and their `CardLayout` objects.
 */
export function useMapLayout(
  doc: JourneyMap,
  docKey: string,
  expanded: readonly string[],
  /** Workshop mode's own grid sizes. */
  grid?: Pick<LayoutOptions, 'columnWidth' | 'laneHeaderWidth'>,
): MapLayout {
  // A new cache per document; the key is the only input that should renew it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const cache = useMemo(() => createLayoutCache(), [docKey]);
  // Long cards and crowded cells are bounded on the canvas only: exports print every word.
  return useMemo(
    () => layoutMap(doc, { cache, ...CANVAS_LIMITS, ...grid, expandedCells: new Set(expanded) }),
    [doc, cache, expanded, grid],
  );
}
