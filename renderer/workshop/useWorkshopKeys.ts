import { useEffect } from 'react';
import { performAction, useActionContext } from '../actions/ActionContextProvider';
import { pageShortcuts } from '../actions/menuItems';
import { isMacPlatform, matchesShortcut } from '../actions/shortcuts';
import { isTextField } from '../canvas/focusCanvas';
import { useHost } from '../host/hostContext';
import { useEditor } from '../store';
import { onFullscreenLeft } from './fullscreen';
import { WORKSHOP_KEY_ACTIONS } from './workshopActions';

/**
 * While workshop mode is on: the arrows, Page Up/Down and Esc step through stages and leave
 * from wherever the focus is (a button of the workshop bar, the canvas, a presenter's
 * clicker), but not in a text field or a dialog. It listens before the editor's own keys
 * (capture phase), which would otherwise move the selection. Leaving full screen by the
 * browser's own means leaves workshop mode too.
 */
export function useWorkshopKeys(): void {
  const context = useActionContext();
  const host = useHost();
  const active = useEditor((s) => s.workshop.active);
  useEffect(() => {
    if (!active) return;
    const mac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTextField(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      // The same rule as the editor's keys: on the desktop, what the menu answers is its.
      const action = WORKSHOP_KEY_ACTIONS.find((a) =>
        pageShortcuts(a, host.kind).some((shortcut) => matchesShortcut(event, shortcut, mac)),
      );
      if (!action) return;
      event.preventDefault();
      performAction(action, context);
    };
    window.addEventListener('keydown', onKeyDown, true);
    const stopWatching = onFullscreenLeft(() => context.store.getState().leaveWorkshop());
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      stopWatching();
    };
  }, [active, context, host]);
}
