import { useTranslation } from 'react-i18next';
import { compareMaps, type CompareView } from '../../shared/compare';
import type { Translate } from '../../shared/load';
import type { JourneyMap } from '../../shared/model';
import { useEditor } from '../store';
import { activeCompare } from './compareSlice';

interface Computed {
  before: JourneyMap;
  after: JourneyMap;
  language: string;
  view: CompareView;
}

// The canvas, the panel and the nodes ask for the same view: computed once per input.
const cache: { last: Computed | null } = { last: null };

function viewFor(before: JourneyMap, after: JourneyMap, language: string, t: Translate) {
  const last = cache.last;
  if (last && last.before === before && last.after === after && last.language === language) {
    return last.view;
  }
  const view = compareMaps(before, after, t);
  cache.last = { before, after, language, view };
  return view;
}

/**
 * The compare of the other version with the document as it is now (edits show at once), in
 * the UI's language; null when no compare is on. Pure data from `shared/compare`.
 */
export function useCompareView(): CompareView | null {
  const { t, i18n } = useTranslation();
  const before = useEditor((s) => activeCompare(s)?.before ?? null);
  const after = useEditor((s) => s.doc);
  if (!before || !after) return null;
  return viewFor(before, after, i18n.language, t);
}

/** The map the canvas draws: the compare's (with ghosts) while one is on, else `doc`. */
export function useCompareMap(doc: JourneyMap): JourneyMap {
  return useCompareView()?.map ?? doc;
}
