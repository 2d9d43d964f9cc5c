/**
 * The semantic diff of two journey maps: what a reviewer wants to know (a card added to a
 * cell, a stage renamed, a card moved to another stage), matched by record id rather than by
 * line. Framework-free; the CLI prints it, the app's compare view draws it.
 */
export { diffMaps } from './diffMaps';
export { describeChange, describeChanges, recordSubject } from './describe';
export { outlineMap } from './outline';
export { indexChanges, type ChangeIndex, type RecordStatus } from './status';
export { placesOf } from './cards';
export { RECORD_KINDS } from './types';
export type {
  AddedChange,
  CardPlace,
  ChangeType,
  DiffRecords,
  FieldChange,
  ListPlace,
  MapChange,
  MapFieldChange,
  MovableKind,
  MoveChange,
  NotePlace,
  PlaceOf,
  RecordChange,
  RecordKind,
  RemovedChange,
} from './types';
