import type { StateCreator } from 'zustand';
import type { JourneyMap } from '../../shared/model';
import type { EditorState } from '../store/editorStore';

/**
 * What the compare view compares the document with. A view, never an edit: nothing here is
 * saved or undone, and the document itself is not touched. It belongs to one document
 * session (`docKey`): opening another map ends it.
 */
export interface CompareSession {
  /** The other version (the older one: a file, or the committed version). */
  readonly before: JourneyMap;
  /** How the other version is named in the panel (a file name). */
  readonly name: string;
  readonly docKey: string;
  /** The change list entry in focus, or null before the first step. */
  readonly index: number | null;
}

export interface CompareSlice {
  compare: CompareSession | null;
  startCompare(before: JourneyMap, name: string): void;
  leaveCompare(): void;
  setCompareIndex(index: number | null): void;
}

type Creator = StateCreator<EditorState, [], [], CompareSlice>;

export const createCompareSlice: Creator = (set, get) => ({
  compare: null,
  startCompare: (before, name) =>
    set({ compare: { before, name, docKey: get().docKey, index: null } }),
  leaveCompare: () => set({ compare: null }),
  setCompareIndex: (index) => {
    const compare = get().compare;
    if (compare) set({ compare: { ...compare, index } });
  },
});

/** The compare session if it belongs to the document shown now. */
export function activeCompare(state: EditorState): CompareSession | null {
  const compare = state.compare;
  return compare && state.doc !== null && compare.docKey === state.docKey ? compare : null;
}
