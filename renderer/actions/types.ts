import type { LucideIcon } from 'lucide-react';
import type { Host, MenuPlace } from '../../shared/host';
import type { Translate } from '../../shared/i18n/translate';
import type { DocumentFlows } from '../files/documentFlows';
import type { EditorState, EditorStore } from '../store';

/** What an action may use: the store, the file flows, the host, translation. */
export interface ActionContext {
  readonly store: EditorStore;
  readonly flows: DocumentFlows;
  /** For actions that reach the OS beyond the file flows (compare with a file or git). */
  readonly host: Host;
  readonly t: Translate;
}

export type ActionGroup = 'file' | 'edit' | 'cards' | 'grid' | 'navigation' | 'view';

/**
 * One thing the user can do, in one place for the toolbar, the keyboard, the desktop menu's
 * commands and the shortcuts dialog (Excalidraw's action objects).
 */
export interface Action {
  readonly id: string;
  /** i18n key of its name: the button's accessible name and the shortcuts dialog's text. */
  readonly label: string;
  readonly group: ActionGroup;
  readonly icon?: LucideIcon;
  /** Shortcuts as `matchesShortcut` reads them; the first is the one shown on buttons. */
  readonly shortcuts?: readonly string[];
  /**
   * Where its shortcuts work: `global` also in text fields (save, undo), `canvas` only when
   * the map has the focus (Delete, arrows, Tab), `native` never by this app's handler (the
   * browser's own copy and paste events do it; listed in the dialog only).
   */
  readonly scope: 'global' | 'canvas' | 'native';
  /**
   * Its item in the desktop menu: where it sits and its label there (`menu.*`, in menu
   * style). The menu takes the first shortcut it can carry (`menuShortcut`) and sends the
   * action as a command; the page's keyboard handler answers the others.
   */
  readonly menu?: { readonly place: MenuPlace; readonly label: string };
  enabled?(state: EditorState): boolean;
  perform(context: ActionContext): unknown;
}

/** True when there is a document to act on. */
export const hasDocument = (state: EditorState): boolean => state.doc !== null;
