import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createWorkshopSlice, type WorkshopSlice } from '../workshop/workshopSlice';
import { createCompareSlice, type CompareSlice } from '../compare/compareSlice';

/**
 * The editor's state: the document with its undo history and file (documentSlice), the
 * selection and in-place editing (selectionSlice), dialogs and notices (uiSlice), workshop
 * mode's view (renderer/workshop/workshopSlice), the compare view (renderer/compare). Every edit
 * of the document goes through `apply` as a shared/ops Operation.
 */
export type EditorState = DocumentSlice & SelectionSlice & UiSlice & WorkshopSlice & CompareSlice;
export type EditorStore = StoreApi<EditorState>;

/** A fresh store: one per window (tests and the bench page make their own). */
export function createEditorStore(): EditorStore {
  return createStore<EditorState>()((set, get, api) => ({
    ...createDocumentSlice(set, get, api),
    ...createSelectionSlice(set, get, api),
    ...createUiSlice(set, get, api),
    ...createWorkshopSlice(set, get),
    ...createCompareSlice(set, get, api),
  }));
}

/** Whether the document has edits that are not saved. */
export function isDirty(state: EditorState): boolean {
  return state.doc !== null && state.revision !== state.file.savedRevision;
}

export const canUndo = (state: EditorState): boolean => state.history.past.length > 0;
export const canRedo = (state: EditorState): boolean => state.history.future.length > 0;
