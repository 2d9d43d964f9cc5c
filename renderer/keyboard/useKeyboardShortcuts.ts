import { useEffect } from 'react';
import type { Host } from '../../shared/host';
import { addCardAndEdit, typeOverCard } from '../actions/cardEdits';
import { performAction } from '../actions/ActionContextProvider';
import { pageShortcuts } from '../actions/menuItems';
import { ACTIONS } from '../actions/registry';
import { isMacPlatform, matchesShortcut } from '../actions/shortcuts';
import type { ActionContext } from '../actions/types';
import { focusCanvas, isCanvasTarget, isTextField } from '../canvas/focusCanvas';
import { selectedCardIds } from '../store';

/**
 * The window's keyboard: every action's shortcuts (on the desktop, less the one its menu
 * answers: `pageShortcuts`), and typing on an empty active cell starts a card with that
 * letter, on a selected card replaces its text with it.
 */
export function useKeyboardShortcuts(context: ActionContext, host: Host): void {
  useEffect(() => {
    const mac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // A modal dialog has the keyboard (Esc closes it by itself).
      if (document.querySelector('dialog[open]')) return;
      const inField = isTextField(event.target);
      const onCanvas = !inField && isCanvasTarget(event.target);
      for (const action of ACTIONS) {
        if (action.scope === 'native' || (action.scope === 'canvas' && !onCanvas)) continue;
        const shortcuts = pageShortcuts(action, host.kind);
        if (!shortcuts.some((shortcut) => matchesShortcut(event, shortcut, mac))) continue;
        if (action.enabled && !action.enabled(context.store.getState())) continue;
        event.preventDefault();
        performAction(action, context);
        return;
      }
      if (inField && event.key === 'Escape' && event.target instanceof HTMLElement) {
        event.target.blur();
        focusCanvas();
        return;
      }
      const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
      const { cursor, selection, doc } = context.store.getState();
      if (!onCanvas || !printable || event.key === ' ' || !doc) return;
      const [only, ...more] = selectedCardIds(selection);
      if (cursor && selection.kind === 'none') {
        event.preventDefault();
        addCardAndEdit(context.store, cursor, undefined, event.key);
      } else if (only !== undefined && more.length === 0) {
        // Spreadsheet habit: typing on a selected card types over it (Enter or F2 edits).
        event.preventDefault();
        typeOverCard(context.store, only, event.key);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context, host]);
}
