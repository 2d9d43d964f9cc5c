import type { Note } from '../model';
import { LAYOUT, TEXT_STYLES } from './constants';
import { textColorOn } from './palette';
import { textBlock } from './textBlock';
import type { NoteLayout, TextAlign } from './types';

/** The yellow of a sticky note without a colour of its own. */
export const NOTE_COLOR = '#fef08a';

/**
 * A sticky note at its own position (map coordinates, the grid's top-left corner at 0,0;
 * not mirrored in RTL maps: it stays where it was put), as tall as its text.
 */
export function layoutNote(note: Note, align: TextAlign): NoteLayout {
  const pad = LAYOUT.notePadding;
  const fill = note.color ?? NOTE_COLOR;
  const text = textBlock(
    note.text,
    note.x + pad,
    note.y + pad,
    LAYOUT.noteWidth - 2 * pad,
    TEXT_STYLES.note,
    align,
  );
  return {
    id: note.id,
    x: note.x,
    y: note.y,
    width: LAYOUT.noteWidth,
    height: Math.max(LAYOUT.noteMinHeight, text.height + 2 * pad),
    fill,
    textColor: textColorOn(fill),
    text,
  };
}
