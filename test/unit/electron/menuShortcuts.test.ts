import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../../electron/main/i18n';
import { buildMenuTemplate } from '../../../electron/main/menu/menuTemplate';
import { sendPayloads } from '../../../electron/ipc/schemas';
import type { HostCommand } from '../../../shared/host';
import { menuItemsOf, pageShortcuts } from '../../../renderer/actions/menuItems';
import { ACTIONS } from '../../../renderer/actions/registry';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

/** `Shift+CmdOrCtrl+Z`, `Ctrl+Y` (Windows) and `Shift+Mod+Z` all as `Mod+Shift+Z`. */
function canonical(keys: string, platform: NodeJS.Platform): string {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(
    parts.map((part) => {
      if (part === 'CmdOrCtrl' || part === 'Mod') return 'Mod';
      if (part === 'Cmd' || part === 'Command') return platform === 'darwin' ? 'Mod' : 'Meta';
      if (part === 'Ctrl' || part === 'Control') return platform === 'darwin' ? 'Ctrl' : 'Mod';
      return part;
    }),
  );
  return [...['Mod', 'Ctrl', 'Meta', 'Alt', 'Shift'].filter((m) => mods.has(m)), key].join('+');
}

/** Each accelerator of the desktop menu and the action its item runs. */
function menuAccelerators(platform: NodeJS.Platform): Map<string, string> {
  const sent: HostCommand[] = [];
  const template = buildMenuTemplate({
    platform,
    t: createTranslate('en'),
    recent: [],
    theme: 'system',
    items: menuItemsOf(ACTIONS),
    devTools: false,
    actions: {
      command: (command) => sent.push(command),
      newWindow: () => undefined,
      setTheme: () => undefined,
      openRecent: () => undefined,
      clearRecent: () => undefined,
    },
  });
  const found = new Map<string, string>();
  const walk = (items: MenuItemConstructorOptions[]) => {
    for (const item of items) {
      if (Array.isArray(item.submenu)) walk(item.submenu);
      if (typeof item.accelerator !== 'string' || !item.click) continue;
      sent.length = 0;
      (item.click as unknown as () => void)();
      const [command] = sent;
      const id = command?.type === 'action' ? command.id : undefined;
      if (id) found.set(canonical(item.accelerator, platform), id);
    }
  };
  walk(template);
  return found;
}

describe('the desktop menu is made from the action registry', () => {
  test('the items pass main’s IPC check (else main would refuse them)', () => {
    expect(sendPayloads.setMenuItems.safeParse([menuItemsOf(ACTIONS)]).success).toBe(true);
  });

  test.each(PLATFORMS)('%s: every action with a menu place has its item', (platform) => {
    const ids = new Set(menuAccelerators(platform).values());
    const withShortcut = menuItemsOf(ACTIONS).filter((item) => item.shortcut !== null);
    expect(withShortcut.map((item) => item.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  test('Redo: the menu shows Shift+Mod+Z, the page answers Mod+Y (and not the other)', () => {
    const redo = ACTIONS.find((action) => action.id === 'redo');
    if (!redo) throw new Error('no redo action');
    expect(menuItemsOf([redo])[0]?.shortcut).toBe('Shift+Mod+Z');
    expect(pageShortcuts(redo, 'electron')).toEqual(['Mod+Y']);
    expect(pageShortcuts(redo, 'browser')).toEqual(['Shift+Mod+Z', 'Mod+Y']);
  });
});

describe('every shortcut of the registry works on the desktop', () => {
  test.each(PLATFORMS)(
    '%s: each shortcut is the menu’s accelerator or the page handles it',
    (platform) => {
      const menu = menuAccelerators(platform);
      const missing: string[] = [];
      for (const action of ACTIONS) {
        if (action.scope === 'native') continue; // the browser's own clipboard events
        for (const shortcut of action.shortcuts ?? []) {
          const byMenu = menu.get(canonical(shortcut, platform)) === action.id;
          const byPage = pageShortcuts(action, 'electron').includes(shortcut);
          if (!byMenu && !byPage) missing.push(`${action.id}: ${shortcut}`);
        }
      }
      expect(missing).toEqual([]);
    },
  );
});
