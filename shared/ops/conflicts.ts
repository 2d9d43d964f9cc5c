import type { z } from 'zod';
import {
  ConnectorSchema,
  JourneyMapSchema,
  LaneSchema,
  MeasurementSchema,
  MetricSchema,
  MetricSourceSchema,
  missingConflictRecord,
  NoteSchema,
  ParticipantSchema,
  PersonaSchema,
  StageSchema,
  WorkshopSchema,
  type Conflict,
  type ConflictSubject,
  type JourneyMap,
} from '../model';
import { applyCardOperation } from './cards';
import { applyCardPlacementOperation } from './cardMoves';
import { cellCards } from './cells';
import { applyConnectorOperation } from './connectors';
import { peek, type MapDraft } from './draft';
import { applyLaneOperation } from './lanes';
import { applyMetricOperation } from './metrics';
import { applyNoteOperation } from './notes';
import { applyParticipantOperation } from './participants';
import { applyPersonaOperation } from './personas';
import { applyStageOperation } from './stages';

/** How a person decides a merge conflict (see `shared/model/conflict.ts`). */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

export type ConflictOperation = {
  type: 'resolveConflict';
  conflictId: string;
  /**
   * mine: their version goes (their sibling card, their values), or the record goes if we
   * deleted it; theirs: their version replaces ours, or the record goes if they deleted it;
   * both: both cards stay, a deleted record stays, conflicting texts are joined "mine / theirs".
   */
  keep: ConflictChoice;
};

/** Decides one conflict and removes it from the map's list. */
export function applyConflictOperation(map: MapDraft, op: ConflictOperation): void {
  const conflict = peek(map.conflicts ?? []).find((c) => c.id === op.conflictId);
  if (!conflict) return;
  if (conflict.deletedBy !== undefined) {
    const deleter = conflict.deletedBy === 'ours' ? 'mine' : 'theirs';
    if (op.keep === deleter && conflict.recordId !== undefined) {
      deleteRecord(map, conflict.subject, conflict.recordId);
    }
  } else if (conflict.theirsCardId !== undefined) {
    resolveCard(map, conflict, conflict.theirsCardId, op.keep);
  } else if (op.keep !== 'mine') {
    setTheirValues(map, conflict, op.keep);
  }
  dropDecided(map, op.conflictId);
}

/** Ours on the card, theirs on the sibling: keep one of them (in ours' place) or both. */
function resolveCard(map: MapDraft, conflict: Conflict, siblingId: string, keep: ConflictChoice) {
  if (keep === 'both') return;
  const sibling = peek(map.cards).find((card) => card.id === siblingId);
  const mine = map.cards.find((card) => card.id === conflict.recordId);
  if (keep === 'theirs' && sibling && mine) {
    for (const field of conflict.fields ?? []) {
      if (field === 'laneId' || field === 'stageId' || field === 'id' || field === 'order')
        continue;
      const value = (sibling as Record<string, unknown>)[field];
      if (value === undefined) Reflect.deleteProperty(mine, field);
      else Object.assign(mine, { [field]: value });
    }
    if (sibling.laneId !== mine.laneId || sibling.stageId !== mine.stageId) {
      const index = cellCards(map, sibling.laneId, sibling.stageId).findIndex(
        (card) => card.id === siblingId,
      );
      applyCardPlacementOperation(map, {
        type: 'moveCards',
        cardIds: [mine.id],
        laneId: sibling.laneId,
        stageId: sibling.stageId,
        index,
      });
    }
  }
  applyCardOperation(map, { type: 'deleteCards', cardIds: [siblingId] });
}

/** Record schemas by subject, to check their values before they are set. */
const SCHEMAS: Record<Exclude<ConflictSubject, 'card'>, z.ZodObject> = {
  map: JourneyMapSchema,
  workshop: WorkshopSchema,
  persona: PersonaSchema,
  stage: StageSchema,
  lane: LaneSchema,
  connector: ConnectorSchema,
  note: NoteSchema,
  participant: ParticipantSchema,
  metric: MetricSchema,
  measurement: MeasurementSchema,
  metricSource: MetricSourceSchema,
};

/** Their values (or, for `both`, texts joined) on the record; values that do not fit are left. */
function setTheirValues(map: MapDraft, conflict: Conflict, keep: 'theirs' | 'both'): void {
  if (conflict.subject === 'card') return;
  const record = recordOf(map, conflict.subject, conflict.recordId);
  if (!record) return;
  const theirs = parseTheirs(conflict.theirs);
  const schema = SCHEMAS[conflict.subject];
  for (const field of conflict.fields ?? []) {
    const mine = record[field];
    let value = theirs[field];
    if (keep === 'both') {
      if (typeof mine !== 'string' || typeof value !== 'string') continue;
      value = `${mine} / ${value}`;
    }
    if (value === undefined) {
      if (!schema.shape[field] || schema.shape[field].safeParse(undefined).success) {
        Reflect.deleteProperty(record, field);
      }
      continue;
    }
    const fieldSchema = schema.shape[field];
    if (!fieldSchema)
      record[field] = value; // another tool's field: any JSON value
    else {
      const parsed = fieldSchema.safeParse(value);
      if (parsed.success) record[field] = parsed.data;
    }
  }
}

function parseTheirs(text: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The draft of the record a conflict is about (fields read and written by name). */
function recordOf(
  map: MapDraft,
  subject: Exclude<ConflictSubject, 'card'>,
  id: string | undefined,
): Record<string, unknown> | undefined {
  const find = (list: { id: string }[]): Record<string, unknown> | undefined =>
    list.find((record) => record.id === id) as Record<string, unknown> | undefined;
  switch (subject) {
    case 'map':
      return map as unknown as Record<string, unknown>;
    case 'workshop':
      return map.workshop as unknown as Record<string, unknown> | undefined;
    case 'persona':
      return find(map.personas);
    case 'stage':
      return find(map.stages);
    case 'lane':
      return find(map.lanes);
    case 'connector':
      return find(map.connectors);
    case 'note':
      return find(map.notes);
    case 'participant':
      return find(map.workshop?.participants ?? []);
    case 'metric':
      return find(map.metrics);
    case 'measurement':
      return find(map.measurements);
    case 'metricSource':
      return find(map.metricSources);
  }
}
// `as` above: drafts of the map's records, read and written by field name; every value
// written is checked by the record's schema first (other tools' fields are any JSON).

/** Deletes a record the way the editor's own delete does (cards with their connectors …). */
function deleteRecord(map: MapDraft, subject: ConflictSubject, id: string): void {
  switch (subject) {
    case 'persona':
      return applyPersonaOperation(map, { type: 'deletePersona', personaId: id });
    case 'stage':
      return applyStageOperation(map, { type: 'deleteStage', stageId: id });
    case 'lane':
      return applyLaneOperation(map, { type: 'deleteLane', laneId: id });
    case 'card':
      return applyCardOperation(map, { type: 'deleteCards', cardIds: [id] });
    case 'connector':
      return applyConnectorOperation(map, { type: 'deleteConnectors', connectorIds: [id] });
    case 'note':
      return applyNoteOperation(map, { type: 'deleteNotes', noteIds: [id] });
    case 'participant':
      return applyParticipantOperation(map, { type: 'removeParticipant', participantId: id });
    case 'metric':
      return applyMetricOperation(map, { type: 'deleteMetric', metricId: id });
    case 'measurement':
      return applyMetricOperation(map, { type: 'deleteMeasurements', measurementIds: [id] });
    case 'metricSource':
      map.metricSources = peek(map.metricSources).filter((source) => source.id !== id);
      return;
    case 'map':
    case 'workshop':
      return;
  }
}

/**
 * Removes the decided conflict and any whose records another edit removed (nothing is left
 * to decide about them); no list at all when none are left.
 */
function dropDecided(map: MapDraft, decidedId: string): void {
  const snapshot = peek(map) as JourneyMap;
  const left = (snapshot.conflicts ?? []).filter(
    (c) => c.id !== decidedId && missingConflictRecord(snapshot, c) === undefined,
  );
  if (left.length === 0) delete map.conflicts;
  else map.conflicts = left;
}

/** After any other edit: conflicts about records that are gone are dropped. */
export function dropDanglingConflicts(map: MapDraft): void {
  const conflicts = peek(map.conflicts);
  if (!conflicts || conflicts.length === 0) return;
  const snapshot = peek(map) as JourneyMap;
  if (conflicts.every((c) => missingConflictRecord(snapshot, c) === undefined)) return;
  dropDecided(map, '');
}
