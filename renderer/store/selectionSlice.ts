import type { StateCreator } from 'zustand';
import type { EditorState } from './editorStore';
import { NO_SELECTION, type CellRef, type Selection } from './selection';

/** A card being edited in place; `created`: it was added for this edit (abandoned if left empty). */
export interface Editing {
  readonly cardId: string;
  readonly created: boolean;
}

/** What is selected, the active cell (the keyboard cursor) and in-place editing. */
export interface SelectionSlice {
  selection: Selection;
  /** The cell that Enter adds to, Tab and the arrows move from. */
  cursor: CellRef | null;
  editing: Editing | null;

  select(selection: Selection, cursor?: CellRef | null): void;
  selectCards(ids: readonly string[]): void;
  setCursor(cell: CellRef | null): void;
  startEditing(cardId: string, created?: boolean): void;
  /** Leaves in-place editing; an added card still empty is taken back as if never added. */
  stopEditing(): void;
}

type Creator = StateCreator<EditorState, [], [], SelectionSlice>;

/** The cell a card sits in. */
function cellOf(state: EditorState, cardId: string): CellRef | null {
  const card = state.doc?.cards.find((c) => c.id === cardId);
  return card ? { laneId: card.laneId, stageId: card.stageId } : null;
}

export const createSelectionSlice: Creator = (set, get) => ({
  selection: NO_SELECTION,
  cursor: null,
  editing: null,

  select(selection, cursor) {
    const { editing } = get();
    const keepsEditing =
      editing !== null && selection.kind === 'cards' && selection.ids.includes(editing.cardId);
    set({
      selection,
      ...(cursor === undefined ? {} : { cursor }),
      editing: keepsEditing ? editing : null,
    });
  },

  selectCards(ids) {
    const first = ids[0];
    const cursor = first === undefined ? undefined : cellOf(get(), first);
    get().select(ids.length > 0 ? { kind: 'cards', ids } : NO_SELECTION, cursor);
  },

  setCursor(cell) {
    set({ cursor: cell, selection: NO_SELECTION, editing: null });
  },

  startEditing(cardId, created = false) {
    const cursor = cellOf(get(), cardId);
    if (!cursor) return;
    // A card added for this edit keeps its step open, so that its text joins it.
    if (!created) get().sealHistory();
    set({ selection: { kind: 'cards', ids: [cardId] }, cursor, editing: { cardId, created } });
  },

  stopEditing() {
    const { editing, doc, history } = get();
    if (!editing) return;
    const card = doc?.cards.find((c) => c.id === editing.cardId);
    const last = history.past[history.past.length - 1];
    const abandoned =
      editing.created && card !== undefined && card.text.trim() === '' && history.open && last;
    if (abandoned) {
      get().discardLastStep();
      return;
    }
    set({ editing: null });
    get().sealHistory();
  },
});
