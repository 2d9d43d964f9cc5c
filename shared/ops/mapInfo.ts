import { JourneyMapSchema, type JourneyMap } from '../model';
import type { MapDraft } from './draft';
import { fitName, fitText } from './sanitize';

/** The map's own fields that the editor changes (not its content, format or provenance). */
export type MapInfo = Pick<
  JourneyMap,
  | 'title'
  | 'description'
  | 'mapType'
  | 'language'
  | 'direction'
  | 'client'
  | 'author'
  | 'brandColor'
  | 'nextReview'
  | 'logo'
>;
/**
 * New values; `nextReview: null` removes the date and `logo: null` the logo; an absent key
 * leaves the field alone.
 */
export type MapInfoChanges = Partial<Omit<MapInfo, 'nextReview' | 'logo'>> & {
  nextReview?: string | null;
  logo?: string | null;
};

export type MapInfoOperation = { type: 'setMapInfo'; changes: MapInfoChanges };

const MAP_INFO_KEYS = [
  'title',
  'description',
  'mapType',
  'language',
  'direction',
  'client',
  'author',
  'brandColor',
  'nextReview',
  'logo',
] as const satisfies readonly (keyof MapInfo)[];

/** Sets the changed fields; a value the schema refuses (a bad colour or date) is ignored. */
export function applyMapInfoOperation(map: MapDraft, op: MapInfoOperation): void {
  for (const key of MAP_INFO_KEYS) {
    let value = op.changes[key];
    if (value === undefined) continue;
    if (value === null) {
      if (key === 'nextReview') delete map.nextReview;
      else if (key === 'logo') delete map.logo;
      continue;
    }
    if (key === 'description') value = fitText(value);
    else if (key === 'title' || key === 'client' || key === 'author') value = fitName(value);
    const parsed = JourneyMapSchema.shape[key].safeParse(value);
    // Each key's value is checked by its own schema; TypeScript cannot follow `key` here.
    if (parsed.success) (map as Record<typeof key, unknown>)[key] = parsed.data;
  }
}
