import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { StateCreator } from 'zustand';
import type { FileRef } from '../../shared/host';
import type { JourneyMap } from '../../shared/model';
import { applyOperation, coalesceKey, operationLabel, type Operation } from '../../shared/ops';
import type { EditorState } from './editorStore';
import { EMPTY_HISTORY, dropLast, record, seal, takeRedo, takeUndo, type History } from './history';
import { keepCell, keepExisting, NO_SELECTION } from './selection';

enablePatches();

export interface ApplyOptions {
  /** Overrides the operation's own coalescing key (e.g. to join a new card with its typing). */
  coalesceKey?: string | null;
}

export interface LoadOptions {
  ref?: FileRef | null;
  /** True for work that was never saved (a restored recovery copy). */
  dirty?: boolean;
  /** The recovery key of the document session; a new one by default. */
  key?: string;
}

/**
 * What last happened to the document, for whoever reports it (the live region for screen
 * readers, renderer/a11y): a new undo step and its first operation, an undo or redo and
 * the step's label, a save. `id` tells a repeat from the one already reported.
 */
export type DocumentChange = { readonly id: number } & (
  | { readonly kind: 'step'; readonly op: Operation }
  | { readonly kind: 'undo' | 'redo'; readonly label: string }
  | { readonly kind: 'saved'; readonly name: string }
);

/** The document, its undo history and the file it belongs to. */
export interface DocumentSlice {
  doc: JourneyMap | null;
  /** Identifies this document session (its recovery copy is stored under it). */
  docKey: string;
  /**
   * Identifies the document's content in this session (not the file format's `version`):
   * every edit makes a new one, undo and redo go back to the one a step had.
   */
  revision: number;
  history: History;
  file: { ref: FileRef | null; savedRevision: number | null };
  lastChange: DocumentChange | null;

  loadDocument(map: JourneyMap, options?: LoadOptions): void;
  /** Applies one operation as an undo step; false when it changed nothing. */
  apply(op: Operation, options?: ApplyOptions): boolean;
  /** Applies operations together as one undo step labelled after the first. */
  applyBatch(ops: readonly Operation[], options?: ApplyOptions): boolean;
  undo(): boolean;
  redo(): boolean;
  /** Ends the current typing step: the next edit is a step of its own. */
  sealHistory(): void;
  /** Reverts and forgets the last step (nothing to redo): for an abandoned empty card. */
  discardLastStep(): void;
  markSaved(revision: number, ref: FileRef): void;
}

let changeCounter = 0;
let revisionCounter = 0;
const nextRevision = (): number => ++revisionCounter;

export function newDocumentKey(): string {
  return `doc-${crypto.randomUUID()}`;
}

type Creator = StateCreator<EditorState, [], [], DocumentSlice>;

export const createDocumentSlice: Creator = (set, get) => {
  function commit(ops: readonly Operation[], options: ApplyOptions | undefined): boolean {
    const { doc, selection, file } = get();
    const first = ops[0];
    if (!doc || !first) return false;
    const [next, patches, inverse] = produceWithPatches(doc, (draft) => {
      for (const op of ops) applyOperation(draft, op);
    });
    if (patches.length === 0) return false;
    const before = get().revision;
    const after = nextRevision();
    const key = options?.coalesceKey !== undefined ? options.coalesceKey : coalesceKey(first);
    const { editing, cursor, history } = get();
    const recorded = record(
      history,
      {
        label: operationLabel(first.type),
        key: ops.length === 1 ? key : null,
        patches,
        inverse,
        before,
        after,
        selectionBefore: selection,
        selectionAfter: selection,
      },
      file.savedRevision,
    );
    // A new step is reported; an edit joining the open step (typing) is not.
    const newStep = recorded.past.length > history.past.length;
    set({
      doc: next,
      revision: after,
      selection: keepExisting(selection, next),
      cursor: keepCell(cursor, next),
      editing: editing && next.cards.some((c) => c.id === editing.cardId) ? editing : null,
      history: recorded,
      ...(newStep ? { lastChange: { id: ++changeCounter, kind: 'step', op: first } } : {}),
    });
    return true;
  }

  function travel(direction: 'undo' | 'redo'): boolean {
    const { doc, history } = get();
    if (!doc) return false;
    const step = direction === 'undo' ? takeUndo(history) : takeRedo(history);
    if (!step) return false;
    const { entry } = step;
    const next = applyPatches(doc, direction === 'undo' ? entry.inverse : entry.patches);
    // Redo brings back what was selected when the step was undone.
    const after: History =
      direction === 'undo'
        ? {
            ...step.history,
            future: [
              ...step.history.future.slice(0, -1),
              { ...entry, selectionAfter: get().selection },
            ],
          }
        : step.history;
    set({
      doc: next,
      history: after,
      revision: direction === 'undo' ? entry.before : entry.after,
      selection: keepExisting(
        direction === 'undo' ? entry.selectionBefore : entry.selectionAfter,
        next,
      ),
      cursor: keepCell(get().cursor, next),
      editing: null,
      lastChange: { id: ++changeCounter, kind: direction, label: entry.label },
    });
    return true;
  }

  return {
    doc: null,
    docKey: newDocumentKey(),
    revision: nextRevision(),
    history: EMPTY_HISTORY,
    file: { ref: null, savedRevision: null },
    lastChange: null,

    loadDocument(map, options = {}) {
      const revision = nextRevision();
      set({
        doc: map,
        docKey: options.key ?? newDocumentKey(),
        revision,
        history: EMPTY_HISTORY,
        file: { ref: options.ref ?? null, savedRevision: options.dirty ? null : revision },
        selection: NO_SELECTION,
        cursor: null,
        editing: null,
        lastChange: null,
      });
    },

    apply: (op, options) => commit([op], options),
    applyBatch: (ops, options) => commit(ops, options),
    undo: () => travel('undo'),
    redo: () => travel('redo'),

    sealHistory() {
      if (get().history.open) set({ history: seal(get().history) });
    },

    discardLastStep() {
      const { doc, history } = get();
      const last = history.past[history.past.length - 1];
      if (!doc || !last) return;
      const next = applyPatches(doc, last.inverse);
      set({
        doc: next,
        history: dropLast(history),
        revision: last.before,
        selection: keepExisting(last.selectionBefore, next),
        cursor: keepCell(get().cursor, next),
        editing: null,
      });
    },

    markSaved(revision, ref) {
      set({
        file: { ref, savedRevision: revision },
        history: seal(get().history),
        lastChange: { id: ++changeCounter, kind: 'saved', name: ref.name },
      });
    },
  };
};
