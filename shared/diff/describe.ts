import type { Card, JourneyMap, Measurement } from '../model';
import type { Translate } from '../i18n/translate';
import type { CardPlace, MapChange, RecordChange, RecordKind } from './types';
import { measurementLine, measurementSubject } from './describeMetrics';
import { findIn, recordName } from './find';
import { fieldName, formatValue, quote, referenceName } from './values';

/**
 * One change in a reviewer's words, through i18n (`diff.*` keys), in the style of a diff:
 * `+ card "Delivery cost shown late" in Pain points × Consideration`,
 * `~ stage "Interest" renamed to "Research"`, `> card "…" moved from Interest to Purchase`,
 * `~ emotion "Frustrated" score −1 → −2`, `- persona "Anna"`. Names of records come from the
 * new map (the old one for removed records); long texts are cut with an ellipsis.
 */
export function describeChange(
  change: MapChange,
  before: JourneyMap,
  after: JourneyMap,
  t: Translate,
): string {
  // Records are named as the reader knew them (an edited card by its old text); added ones
  // as they are now.
  const maps = change.type === 'added' ? [after, before] : [before, after];
  if (change.type === 'mapChanged') {
    return fieldLine(t(`diff.nouns.${change.scope}`), change, maps, t);
  }
  const subject = subjectOf(change, maps, t);
  if (change.kind === 'measurement') {
    const line = measurementLine(change, maps, t);
    if (line !== undefined) return line;
  }
  switch (change.type) {
    case 'added':
    case 'removed': {
      const cell = change.kind === 'card' ? cellName(change.record, maps, t) : undefined;
      const key = cell === undefined ? change.type : `${change.type}InCell`;
      return t(`diff.lines.${key}`, { subject, cell });
    }
    case 'moved':
      return moveLine(subject, change, [before, after], t);
    case 'changed':
      if (
        change.field === 'name' &&
        typeof change.after === 'string' &&
        change.before !== undefined
      ) {
        return t('diff.lines.renamed', { subject, name: quote(change.after, t) });
      }
      return fieldLine(subject, change, maps, t);
  }
}

/**
 * How a line names a record: `card "…"`, `emotion "…"`, `stage "…"`, `connector "A" → "B"`,
 * found in the first of `maps` that has it.
 */
export function recordSubject(
  kind: RecordKind,
  id: string,
  maps: readonly JourneyMap[],
  t: Translate,
): string {
  return subjectOf({ type: 'changed', kind, id, field: '', before: null, after: null }, maps, t);
}

/** Every change in words, one line each, in the diff's order. */
export function describeChanges(
  changes: readonly MapChange[],
  before: JourneyMap,
  after: JourneyMap,
  t: Translate,
): string[] {
  return changes.map((change) => describeChange(change, before, after, t));
}

function fieldLine(
  subject: string,
  change: { field: string; before: unknown; after: unknown },
  maps: readonly JourneyMap[],
  t: Translate,
): string {
  const field = fieldName(change.field, t);
  const was = formatValue(change.field, change.before, maps, t);
  const is = formatValue(change.field, change.after, maps, t);
  if (change.before === undefined) return t('diff.lines.fieldSet', { subject, field, value: is });
  if (change.after === undefined) {
    return t('diff.lines.fieldCleared', { subject, field, value: was });
  }
  return t('diff.lines.fieldChanged', { subject, field, before: was, after: is });
}

function moveLine(
  subject: string,
  change: Extract<RecordChange, { type: 'moved' }>,
  maps: readonly JourneyMap[],
  t: Translate,
): string {
  switch (change.kind) {
    case 'card':
      return cardMoveLine(subject, change.from, change.to, maps, t);
    case 'note':
      return t('diff.lines.movedOnCanvas', { subject });
    default:
      return t('diff.lines.movedInList', {
        subject,
        from: change.from.index + 1,
        to: change.to.index + 1,
      });
  }
}

/**
 * A card to another stage reads "from Interest to Purchase", to another lane "from Thoughts
 * to Pain points", to both "from Thoughts × Interest to Pain points × Purchase"; within its
 * cell "moved up/down in …" with positions.
 */
function cardMoveLine(
  subject: string,
  from: CardPlace,
  to: CardPlace,
  maps: readonly JourneyMap[],
  t: Translate,
): string {
  const newMaps = [...maps].reverse();
  const sameLane = from.laneId === to.laneId;
  const sameStage = from.stageId === to.stageId;
  if (sameLane && sameStage) {
    return t('diff.lines.reordered', {
      subject,
      cell: cellName(to, newMaps, t),
      from: from.index + 1,
      to: to.index + 1,
    });
  }
  // `maps` is [old, new]: where the card was reads in the old names, where it is in the new.
  const name = (place: CardPlace, inMaps: readonly JourneyMap[]): string => {
    if (sameLane) return recordName('stage', place.stageId, inMaps);
    if (sameStage) return recordName('lane', place.laneId, inMaps);
    return cellName(place, inMaps, t);
  };
  return t('diff.lines.movedCell', { subject, from: name(from, maps), to: name(to, newMaps) });
}

/** `card "…"`, `emotion "…"`, `stage "…"`, `connector "A" → "B"` … */
function subjectOf(change: RecordChange, maps: readonly JourneyMap[], t: Translate): string {
  const record = recordOf(change, maps);
  const noun = (key: string): string => t(`diff.nouns.${key}`);
  switch (change.kind) {
    case 'card': {
      const card = record as Card | undefined;
      const lane = card && findIn(maps, 'lane', card.laneId);
      const kind = lane && 'kind' in lane && lane.kind === 'emotions' ? 'emotion' : 'card';
      return t('diff.subject', { noun: noun(kind), name: quote(card?.text ?? change.id, t) });
    }
    case 'measurement':
      return measurementSubject(record as Measurement | undefined, change.id, maps, t);
    case 'connector': {
      const connector = record as { from?: string; to?: string } | undefined;
      return t('diff.connectorSubject', {
        noun: noun('connector'),
        from: referenceName('card', connector?.from ?? '', maps, t),
        to: referenceName('card', connector?.to ?? '', maps, t),
      });
    }
    default: {
      const named = record as { name?: string; text?: string } | undefined;
      const name = named?.name ?? named?.text ?? change.id;
      return t('diff.subject', { noun: noun(change.kind), name: quote(name, t) });
    }
  }
}

/** The record a change is about, as the new map has it (the old one for a removal). */
function recordOf(change: RecordChange, maps: readonly JourneyMap[]): object | undefined {
  if (change.type === 'added' || change.type === 'removed') return change.record;
  return findIn(maps, change.kind, change.id);
}

/** `Pain points × Consideration`: the lane's and the stage's names. */
function cellName(
  place: { laneId: string; stageId: string },
  maps: readonly JourneyMap[],
  t: Translate,
): string {
  return t('diff.cell', {
    lane: recordName('lane', place.laneId, maps),
    stage: recordName('stage', place.stageId, maps),
  });
}
