import { isUiLanguage } from '../i18n/languages';
import { createTranslate } from '../i18n/translate';
import type { Translate } from '../load';
import type { JourneyMap } from '../model';

/**
 * A deliverable's own words (cover labels, page numbers, the summary table's headings)
 * speak the map's language, not the UI's: a Ukrainian consultant's English map goes to its
 * client in English, a Persian map's PDF says صفحه. Languages the UI lacks get the UI's.
 */
export function deliverableLabels(map: Pick<JourneyMap, 'language'>, uiT: Translate): Translate {
  const base = map.language.toLowerCase().split(/[-_]/)[0] ?? '';
  return isUiLanguage(base) ? createTranslate(base) : uiT;
}
