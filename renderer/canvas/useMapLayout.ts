import { useMemo } from 'react';
import { createLayoutCache, layoutMap, type MapLayout } from '../../shared/layout';
import type { JourneyMap } from '../../shared/model';

/**
 * The document's layout, recomputed when the document changes. One cache per document
 * session: unchanged cards keep their measurements and their `CardLayout` objects.
 */
export function useMapLayout(doc: JourneyMap, docKey: string): MapLayout {
  // A new cache per document; the key is the only input that should renew it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const cache = useMemo(() => createLayoutCache(), [docKey]);
  return useMemo(() => layoutMap(doc, { cache }), [doc, cache]);
}
