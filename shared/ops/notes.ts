import { LIMITS, NoteSchema, type Note } from '../model';
import type { MapDraft } from './draft';
import { clamp, fitText, isColor } from './sanitize';

/** Edits of free-form sticky notes, the only things with a position of their own. */
export type NoteOperation =
  /** The id must be new. */
  | { type: 'addNote'; note: Note }
  /** Moves notes to new positions (several at once for a multi-selection drag). */
  | { type: 'moveNotes'; moves: readonly { noteId: string; x: number; y: number }[] }
  | { type: 'setNoteText'; noteId: string; text: string }
  /** `null` clears the colour. */
  | { type: 'recolorNote'; noteId: string; color: string | null }
  | { type: 'deleteNotes'; noteIds: readonly string[] };

/** Note coordinates stay finite and within the schema's range. */
const COORDINATE_LIMIT = 1_000_000;
const fitCoordinate = (value: number): number =>
  Number.isFinite(value) ? clamp(value, -COORDINATE_LIMIT, COORDINATE_LIMIT) : 0;

export function applyNoteOperation(map: MapDraft, op: NoteOperation): void {
  switch (op.type) {
    case 'addNote': {
      if (map.notes.length >= LIMITS.notes || map.notes.some((n) => n.id === op.note.id)) return;
      const parsed = NoteSchema.safeParse({
        ...op.note,
        x: fitCoordinate(op.note.x),
        y: fitCoordinate(op.note.y),
        text: fitText(op.note.text),
      });
      if (parsed.success) map.notes.push(parsed.data);
      return;
    }
    case 'moveNotes': {
      const moves = new Map(op.moves.map((m) => [m.noteId, m]));
      for (const note of map.notes) {
        const move = moves.get(note.id);
        if (!move) continue;
        note.x = fitCoordinate(move.x);
        note.y = fitCoordinate(move.y);
      }
      return;
    }
    case 'deleteNotes': {
      const ids = new Set(op.noteIds);
      if (map.notes.some((n) => ids.has(n.id))) map.notes = map.notes.filter((n) => !ids.has(n.id));
      return;
    }
  }
  const note = map.notes.find((n) => n.id === op.noteId);
  if (!note) return;
  if (op.type === 'setNoteText') note.text = fitText(op.text);
  else if (op.color === null) delete note.color;
  else if (isColor(op.color)) note.color = op.color;
}
