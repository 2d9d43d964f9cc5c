import type { Host, MenuItemSpec } from '../../shared/host';
import type { Action } from './types';

/**
 * A shortcut a menu accelerator can carry: one with Mod or Alt, or a function key. Plain
 * keys (`?`, Delete, the arrows) stay with the page: a menu would take them from text
 * fields too.
 */
function menuCanCarry(shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  return parts.includes('Mod') || parts.includes('Alt') || /^F\d{1,2}$/.test(key);
}

/** The shortcut the desktop menu answers for an action: the first it can carry, if any. */
export function menuShortcut(action: Action): string | null {
  if (!action.menu) return null;
  return action.shortcuts?.find(menuCanCarry) ?? null;
}

/**
 * The shortcuts the page's keyboard handler answers for an action: all of them, except in
 * the desktop app the one its menu answers (the menu sends the action as a command, and
 * answering both would run it twice). So Redo's Mod+Y works where the menu shows Shift+Mod+Z.
 */
export function pageShortcuts(action: Action, hostKind: Host['kind']): readonly string[] {
  const shortcuts = action.shortcuts ?? [];
  if (hostKind !== 'electron') return shortcuts;
  const taken = menuShortcut(action);
  return taken ? shortcuts.filter((shortcut) => shortcut !== taken) : shortcuts;
}

/** The desktop menu's items, made from the actions that name a place in it. */
export function menuItemsOf(actions: readonly Action[]): MenuItemSpec[] {
  return actions.flatMap((action) =>
    action.menu
      ? [
          {
            id: action.id,
            place: action.menu.place,
            label: action.menu.label,
            shortcut: menuShortcut(action),
          },
        ]
      : [],
  );
}
