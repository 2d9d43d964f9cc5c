import type { JourneyMap } from '../model';
import type { Translate } from '../i18n/translate';
import { describeChange } from './describe';
import { diffMaps, NOT_MAP_INFO } from './diffMaps';
import { fieldName, formatValue, oneLine, TEXT_IN_LINE } from './values';

/** Fields already said by a record's line (its name, text or place) or not worth a line. */
const SAID_IN_LINE: ReadonlySet<string> = new Set([
  'id',
  'laneId',
  'stageId',
  'order',
  'from',
  'to',
]);
/** A value's line says its metric, stage, number and date. */
const SAID_IN_VALUE_LINE: ReadonlySet<string> = new Set([
  ...SAID_IN_LINE,
  'metricId',
  'value',
  'date',
]);

/**
 * A map as text, one line per record in reading order with its other fields indented below
 * (`card "Delivery cost shown late" in Pain points × Consideration`, `  severity: high`):
 * what git's `textconv` shows when it line-diffs two versions (`git log -p`, `git show`),
 * so that even without the semantic diff driver a change reads in words.
 */
export function outlineMap(map: JourneyMap, t: Translate): string[] {
  const lines: string[] = [];
  const mapFields = Object.entries(map).filter(([key, value]) => isInfo(key, value));
  for (const [key, value] of mapFields) {
    lines.push(t('diff.outline.mapField', { field: fieldName(key, t), value: show(key, value) }));
  }
  const workshop = map.workshop;
  if (workshop) {
    lines.push(
      t('diff.outline.mapField', {
        field: fieldName('votesPerParticipant', t),
        value: workshop.votesPerParticipant,
      }),
    );
  }
  // Every record, in the diff's reading order: as if added to an empty map with this info.
  const empty: JourneyMap = {
    ...map,
    personas: [],
    stages: [],
    lanes: [],
    cards: [],
    connectors: [],
    notes: [],
    metrics: [],
    measurements: [],
    metricSources: [],
    ...(workshop ? { workshop: { ...workshop, participants: [] } } : {}),
  };
  for (const change of diffMaps(empty, map)) {
    if (change.type !== 'added') continue;
    lines.push(withoutSign(describeChange(change, empty, map, t)));
    const said = change.kind === 'measurement' ? SAID_IN_VALUE_LINE : SAID_IN_LINE;
    for (const [key, value] of Object.entries(change.record)) {
      if (said.has(key) || isEmpty(value) || saidInFull(key, value)) continue;
      lines.push(t('diff.outline.field', { field: fieldName(key, t), value: show(key, value) }));
    }
  }
  return lines;

  function show(key: string, value: unknown): string {
    return formatValue(key, value, [map], t, Infinity);
  }
}

function isInfo(key: string, value: unknown): boolean {
  return !NOT_MAP_INFO.has(key) && !isEmpty(value);
}

/**
 * A name or text that the record's line shows whole (short, on one line). A longer one gets
 * a line of its own, in full, so that an edit past the cut still shows in a line diff.
 */
function saidInFull(key: string, value: unknown): boolean {
  return (
    (key === 'name' || key === 'text') &&
    typeof value === 'string' &&
    value === oneLine(value) &&
    value.length <= TEXT_IN_LINE
  );
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** `+ card "…" in …` → `card "…" in …`: the outline lists, git adds the signs. */
function withoutSign(line: string): string {
  return line.replace(/^\+ /, '');
}
