import type { Patch } from 'immer';
import type { Selection } from './selection';

/**
 * Undo history as plain data: a list of steps done and a list of steps undone, each a pair of
 * immer patch lists. Pure functions, so that grouping rules are tested without a store.
 */
export interface HistoryEntry {
  /** i18n key of the step ("ops.moveCards"), for menus and announcements. */
  readonly label: string;
  /** Operations with the same non-null key right after this one join this step. */
  readonly key: string | null;
  readonly patches: readonly Patch[];
  readonly inverse: readonly Patch[];
  /** The document's revisions before and after the step (dirty tracking compares them). */
  readonly before: number;
  readonly after: number;
  readonly selectionBefore: Selection;
  readonly selectionAfter: Selection;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** Whether the last step may still absorb the next operation with the same key. */
  readonly open: boolean;
}

export const EMPTY_HISTORY: History = { past: [], future: [], open: false };

/**
 * Records a step. It joins the last one when that is still open, has the same non-null key,
 * and is not the saved state (so that undo can always return exactly to what was saved).
 * Recording clears what was undone.
 */
export function record(
  history: History,
  entry: HistoryEntry,
  savedRevision: number | null,
): History {
  const last = history.past[history.past.length - 1];
  const joins =
    last !== undefined &&
    history.open &&
    entry.key !== null &&
    last.key === entry.key &&
    last.after !== savedRevision;
  if (!joins) return { past: [...history.past, entry], future: [], open: true };
  const merged: HistoryEntry = {
    ...last,
    patches: [...last.patches, ...entry.patches],
    inverse: [...entry.inverse, ...last.inverse],
    after: entry.after,
    selectionAfter: entry.selectionAfter,
  };
  return { past: [...history.past.slice(0, -1), merged], future: [], open: true };
}

/** Closes the last step: the next operation starts a new one even with the same key. */
export function seal(history: History): History {
  return history.open ? { ...history, open: false } : history;
}

/** The step to undo and the history after it, or null when there is none. */
export function takeUndo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    entry,
    history: { past: history.past.slice(0, -1), future: [...history.future, entry], open: false },
  };
}

/** The step to redo and the history after it, or null when there is none. */
export function takeRedo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return {
    entry,
    history: { past: [...history.past, entry], future: history.future.slice(0, -1), open: false },
  };
}

/** Forgets the last step without making it redoable (an abandoned empty new card). */
export function dropLast(history: History): History {
  return { past: history.past.slice(0, -1), future: history.future, open: false };
}
