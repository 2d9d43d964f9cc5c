import {
  RECORD_KINDS as MODEL_RECORD_KINDS,
  type Card,
  type Connector,
  type Lane,
  type Measurement,
  type Metric,
  type MetricSource,
  type Note,
  type Participant,
  type Persona,
  type Stage,
} from '../model';

/**
 * The records of a map that a diff follows by `id`, and the type of each. Participants are
 * the named voters of the optional `workshop` section; measurements are the dated values of
 * the stage metrics (a re-import of the same date keeps the value's id, so it reads as a
 * changed value).
 */
export interface DiffRecords {
  persona: Persona;
  stage: Stage;
  lane: Lane;
  card: Card;
  connector: Connector;
  note: Note;
  participant: Participant;
  metric: Metric;
  measurement: Measurement;
  metricSource: MetricSource;
}
export type RecordKind = keyof DiffRecords;

/** The order in which a diff lists changes: the map's own fields first, then its records. */
export const RECORD_KINDS = MODEL_RECORD_KINDS satisfies readonly RecordKind[];

/** Where a card sits: its cell, and its position among that cell's cards (0-based). */
export interface CardPlace {
  laneId: string;
  stageId: string;
  index: number;
  /** The card's `order` as written in the file: opaque, only compared. */
  order: Card['order'];
}
/** Where a stage, lane, persona or metric sits in its list (0-based). */
export interface ListPlace {
  index: number;
}
/** Where a sticky note sits on the canvas. */
export interface NotePlace {
  x: number;
  y: number;
}
/** What "where" means for each record kind that can move. */
export interface PlaceOf {
  card: CardPlace;
  stage: ListPlace;
  lane: ListPlace;
  persona: ListPlace;
  metric: ListPlace;
  note: NotePlace;
}
export type MovableKind = keyof PlaceOf;

/** A record that is only in the new map. */
export type AddedChange = {
  [K in RecordKind]: { type: 'added'; kind: K; id: string; record: DiffRecords[K] };
}[RecordKind];

/** A record that is only in the old map: `record` is its old data (to draw a ghost). */
export type RemovedChange = {
  [K in RecordKind]: { type: 'removed'; kind: K; id: string; record: DiffRecords[K] };
}[RecordKind];

/**
 * One field of a record that is in both maps and differs. `field` is any own key of the
 * record, including keys the app does not know (`x-crm-id`); `before` or `after` is
 * `undefined` when the field was absent on that side. A stage, lane or persona whose `name`
 * changed was renamed.
 */
export type FieldChange = {
  [K in RecordKind]: {
    type: 'changed';
    kind: K;
    id: string;
    field: string;
    before: unknown;
    after: unknown;
  };
}[RecordKind];

/**
 * A record that changed place: a card to another cell, or to another position among the
 * cards that stayed in its cell (`from` and `to` in the same cell); a stage, lane or persona
 * to another position among the ones that are in both maps; a note on the canvas.
 */
export type MoveChange = {
  [K in MovableKind]: { type: 'moved'; kind: K; id: string; from: PlaceOf[K]; to: PlaceOf[K] };
}[MovableKind];

/**
 * A field of the map itself (title, description, map type … and keys the app does not know)
 * or of its workshop settings (`votesPerParticipant`).
 */
export interface MapFieldChange {
  type: 'mapChanged';
  scope: 'map' | 'workshop';
  field: string;
  before: unknown;
  after: unknown;
}

export type RecordChange = AddedChange | RemovedChange | FieldChange | MoveChange;
/** Everything a diff reports, one fact each. */
export type MapChange = MapFieldChange | RecordChange;
export type ChangeType = MapChange['type'];
