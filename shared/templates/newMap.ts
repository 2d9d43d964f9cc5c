import { isRtlLanguage } from '../i18n/languages';
import { LIMITS, type Direction, type JourneyMap } from '../model';
import type { Template } from './catalog';

export interface NewMapOptions {
  title?: string;
  author?: string;
  client?: string;
  /** BCP 47 tag of the content's language; a right-to-left language makes an `rtl` map. */
  language?: string;
  /** Overrides the direction that the language implies. */
  direction?: Direction;
}

/**
 * A fresh map from a template: a deep copy (the catalogue's map stays untouched) that keeps
 * the template's readable ids (`awareness`, `pain-points` …, pleasant in diffs) and records
 * which template it came from.
 */
export function newMapFromTemplate(template: Template, options: NewMapOptions = {}): JourneyMap {
  const map = JSON.parse(JSON.stringify(template.map)) as JourneyMap;
  map.template = template.id;
  // Names are clipped to the model's limit, so that the new map is always valid.
  if (options.title !== undefined) map.title = options.title.slice(0, LIMITS.name);
  if (options.author !== undefined) map.author = options.author.slice(0, LIMITS.name);
  if (options.client !== undefined) map.client = options.client.slice(0, LIMITS.name);
  if (options.language !== undefined) {
    map.language = options.language;
    map.direction = isRtlLanguage(options.language) ? 'rtl' : 'ltr';
  }
  if (options.direction !== undefined) map.direction = options.direction;
  return map;
}
