import type { StateCreator } from 'zustand';
import type { FileToImport, RecoveryEntry } from '../../shared/host';
import type { EditorState } from './editorStore';

export type Dialog = 'gallery' | 'shortcuts' | 'restore' | 'funnel' | null;
export type SidePanel = 'inspector' | 'personas';

/** A message in the notice area: load warnings, save errors, "reloaded from disk". */
export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'warning' | 'error';
  /** Already translated. */
  readonly message: string;
  readonly details?: readonly string[];
}

export interface PromptChoice {
  readonly id: string;
  /** Already translated. */
  readonly label: string;
  readonly tone?: 'default' | 'primary' | 'danger';
}

/** A question that waits for the user (conflicts, deleting a full column, discarding work). */
export interface Prompt {
  readonly title: string;
  readonly message: string;
  readonly choices: readonly PromptChoice[];
  /** Called with the chosen id, or null when the prompt is dismissed. */
  readonly resolve: (choice: string | null) => void;
}

/** Where a dragged card would land, for the cell's insertion marker. */
export interface DropTarget {
  readonly laneId: string;
  readonly stageId: string;
  readonly index: number;
}

/** A move of the view that an action asks for and the canvas makes (`useViewRequest`). */
export type ViewMove = 'zoomIn' | 'zoomOut' | 'zoomToFit' | 'panUp' | 'panDown';

/** A header's name field to focus once it is on screen (after Add stage / Add lane). */
export interface FocusRequest {
  readonly kind: 'stage' | 'lane';
  readonly id: string;
}

export interface UiSlice {
  ui: {
    dialog: Dialog;
    /** The export dialog is open (the Export action and the host's export command). */
    exportOpen: boolean;
    /** The table chosen in Import metrics…: its import dialog is open. */
    metricsImport: FileToImport | null;
    panel: SidePanel;
    notices: readonly Notice[];
    prompt: Prompt | null;
    /** Recovery copies offered at start. */
    recovery: readonly RecoveryEntry[];
    dropTarget: DropTarget | null;
    focusRequest: FocusRequest | null;
    /** The latest view move asked for; `id` tells a repeat from the one already made. */
    viewRequest: { readonly move: ViewMove; readonly id: number } | null;
    /** Crowded cells the user opened in full ("+N more cards"), by `cellKey`: a view only. */
    expandedCells: readonly string[];
  };

  openDialog(dialog: Dialog): void;
  setExportOpen(open: boolean): void;
  /** Opens the import dialog for a chosen table; null closes it. */
  setMetricsImport(table: FileToImport | null): void;
  showPanel(panel: SidePanel): void;
  notify(notice: Omit<Notice, 'id'>): number;
  dismissNotice(id: number): void;
  /** Shows a prompt and resolves with the chosen id, or null when dismissed. */
  ask(prompt: Omit<Prompt, 'resolve'>): Promise<string | null>;
  answer(choice: string | null): void;
  setRecovery(entries: readonly RecoveryEntry[]): void;
  setDropTarget(target: DropTarget | null): void;
  requestFocus(request: FocusRequest | null): void;
  requestView(move: ViewMove): void;
  expandCell(key: string): void;
}

type Creator = StateCreator<EditorState, [], [], UiSlice>;

let noticeCounter = 0;

export const createUiSlice: Creator = (set, get) => {
  const setUi = (patch: Partial<UiSlice['ui']>): void => set({ ui: { ...get().ui, ...patch } });
  return {
    ui: {
      dialog: null,
      exportOpen: false,
      metricsImport: null,
      panel: 'inspector',
      notices: [],
      prompt: null,
      recovery: [],
      dropTarget: null,
      focusRequest: null,
      viewRequest: null,
      expandedCells: [],
    },

    openDialog: (dialog) => setUi({ dialog }),
    setExportOpen: (exportOpen) => setUi({ exportOpen }),
    setMetricsImport: (metricsImport) => setUi({ metricsImport }),
    showPanel: (panel) => setUi({ panel }),
    expandCell: (key) => {
      if (!get().ui.expandedCells.includes(key))
        setUi({ expandedCells: [...get().ui.expandedCells, key] });
    },

    notify(notice) {
      const id = ++noticeCounter;
      // The newest first; a handful is enough to read.
      setUi({ notices: [{ ...notice, id }, ...get().ui.notices].slice(0, 5) });
      return id;
    },

    dismissNotice: (id) => setUi({ notices: get().ui.notices.filter((n) => n.id !== id) }),

    ask(prompt) {
      // A new question dismisses one still open.
      get().ui.prompt?.resolve(null);
      return new Promise((resolve) => setUi({ prompt: { ...prompt, resolve } }));
    },

    answer(choice) {
      const { prompt } = get().ui;
      if (!prompt) return;
      setUi({ prompt: null });
      prompt.resolve(choice);
    },

    setRecovery: (recovery) => setUi({ recovery }),
    setDropTarget: (dropTarget) => setUi({ dropTarget }),
    requestFocus: (focusRequest) => setUi({ focusRequest }),
    requestView: (move) => setUi({ viewRequest: { move, id: ++noticeCounter } }),
  };
};
