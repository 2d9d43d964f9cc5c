export { createEditorStore, isDirty, canUndo, canRedo } from './editorStore';
export type { EditorState, EditorStore } from './editorStore';
export { EditorStoreProvider, useEditor, useEditorStore } from './context';
export type { ApplyOptions, DocumentChange, LoadOptions } from './documentSlice';
export type { Editing } from './selectionSlice';
export type {
  Dialog,
  DropTarget,
  FocusRequest,
  Notice,
  Prompt,
  PromptChoice,
  SidePanel,
  ViewMove,
} from './uiSlice';
export { NO_SELECTION, selectedCardIds, type CellRef, type Selection } from './selection';
export type { History, HistoryEntry } from './history';
