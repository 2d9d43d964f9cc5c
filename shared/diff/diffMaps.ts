import { RECORD_LISTS, type JourneyMap, type Note } from '../model';
import { diffCards } from './cards';
import { differingFields } from './fields';
import { diffRecords, ID_ONLY } from './records';
import type { MapChange } from './types';

/**
 * Keys of the map that are not "map info": the record lists (diffed record by record), the
 * workshop section (its own scope), and what every file carries alike.
 */
export const NOT_MAP_INFO: ReadonlySet<string> = new Set([
  '$schema',
  'format',
  'version',
  ...RECORD_LISTS,
  'workshop',
  'conflicts',
]);
const NOT_WORKSHOP_SETTINGS: ReadonlySet<string> = new Set(['participants']);
const NOTE_PLACE: ReadonlySet<string> = new Set(['id', 'x', 'y']);

/**
 * What changed from `before` to `after`, matched by record id, one fact per change, in a
 * stable reading order: map info, workshop settings, personas, stages, lanes, cards (stage by
 * stage, lane by lane), connectors, notes, workshop participants, metrics, their values and
 * the remembered import sources. Pure: neither map changes.
 * Both maps are expected to have come through the loader gate (`shared/load`).
 */
export function diffMaps(before: JourneyMap, after: JourneyMap): MapChange[] {
  return [
    ...differingFields(before, after, NOT_MAP_INFO).map((d): MapChange => ({
      type: 'mapChanged',
      scope: 'map',
      ...d,
    })),
    ...differingFields(before.workshop ?? {}, after.workshop ?? {}, NOT_WORKSHOP_SETTINGS).map(
      (d): MapChange => ({ type: 'mapChanged', scope: 'workshop', ...d }),
    ),
    ...diffRecords('persona', before.personas, after.personas, { ordered: true }),
    ...diffRecords('stage', before.stages, after.stages, { ordered: true }),
    ...diffRecords('lane', before.lanes, after.lanes, { ordered: true }),
    ...diffCards(before, after),
    ...diffRecords('connector', before.connectors, after.connectors),
    ...diffNotes(before.notes, after.notes),
    ...diffRecords(
      'participant',
      before.workshop?.participants ?? [],
      after.workshop?.participants ?? [],
      { skip: ID_ONLY },
    ),
    // The metrics lane shows metrics in list order, so theirs is an ordered list; values sit
    // in canonical (date) order and sources in import order, which carry no meaning.
    ...diffRecords('metric', before.metrics, after.metrics, { ordered: true }),
    ...diffRecords('measurement', before.measurements, after.measurements),
    ...diffRecords('metricSource', before.metricSources, after.metricSources),
  ];
}

/** Notes as other records, except that a new x/y is a move. */
function diffNotes(before: readonly Note[], after: readonly Note[]): MapChange[] {
  return diffRecords('note', before, after, {
    skip: NOTE_PLACE,
    moveOf: (id, was, is) =>
      was.x === is.x && was.y === is.y
        ? undefined
        : {
            type: 'moved',
            kind: 'note',
            id,
            from: { x: was.x, y: was.y },
            to: { x: is.x, y: is.y },
          },
  });
}
