import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import type { HostCommand, ThemeChoice } from '../../../shared/host';
import en from '../../../shared/i18n/locales/en.json';
import { createTranslate } from '../../../electron/main/i18n';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu/menuTemplate';
import { menuItemsOf } from '../../../renderer/actions/menuItems';
import { ACTIONS } from '../../../renderer/actions/registry';

function menu(platform: NodeJS.Platform, recent: string[] = [], theme: ThemeChoice = 'system') {
  const done: string[] = [];
  const commands: HostCommand[] = [];
  const actions: MenuActions = {
    command: (command) => commands.push(command),
    newWindow: (type) => done.push(`new window: ${type}`),
    setTheme: (theme) => done.push(`theme: ${theme}`),
    openRecent: (file) => done.push(`open recent ${file}`),
    clearRecent: () => done.push('clear recent'),
  };
  const t = createTranslate('en');
  const template = buildMenuTemplate({
    platform,
    t,
    recent,
    theme,
    items: menuItemsOf(ACTIONS),
    devTools: false,
    actions,
  });
  return { template, done, commands };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function find(template: MenuItemConstructorOptions[], label: string) {
  const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined => {
    for (const item of items) {
      if (item.label === label) return item;
      const inner = walk(submenu(item));
      if (inner) return inner;
    }
    return undefined;
  };
  const item = walk(template);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
}

const click = (item: MenuItemConstructorOptions) =>
  (item.click as unknown as (() => void) | undefined)?.();

describe('application menu', () => {
  test('has File, Edit, View and Help with translated labels', () => {
    const { template } = menu('linux');
    expect(template.map((m) => m.label)).toEqual([
      en.menu.file,
      en.menu.edit,
      en.menu.view,
      en.menu.help,
    ]);
    expect(submenu(template[0]).map((i) => i.label ?? i.type)).toEqual([
      'New',
      'New from Template…',
      'Open…',
      'Import…',
      'Compare with…',
      'Compare with the committed version',
      'Import Metrics…',
      'Open Recent',
      'separator',
      'Save',
      'Save As…',
      'Export…',
      'Mark Map as Reviewed',
      'separator',
      'Close Window',
      'Quit',
    ]);
  });

  test('macOS gets the app menu and a Window menu; Quit lives in the app menu', () => {
    const { template } = menu('darwin');
    expect(template.map((m) => m.label)).toEqual([
      'Journey Studio',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(submenu(template[1]).some((i) => i.role === 'quit')).toBe(false);
  });

  test('accelerators from the action registry, and main’s own per platform', () => {
    expect(find(menu('linux').template, 'Save').accelerator).toBe('CmdOrCtrl+S');
    expect(find(menu('linux').template, 'Save As…').accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(find(menu('linux').template, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(find(menu('linux').template, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(find(menu('win32').template, 'Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(find(menu('linux').template, 'Presentation Mode').accelerator).toBe('F5');
    expect(find(menu('linux').template, 'Keyboard Shortcuts').accelerator).toBe('CmdOrCtrl+/');
    expect(find(menu('linux').template, 'Quit').accelerator).toBe('Ctrl+Q');
    expect(find(menu('win32').template, 'Exit').accelerator).toBeUndefined();
    expect(find(menu('linux').template, 'Copy').role).toBe('copy');
  });

  test('menu items send the renderer its actions', () => {
    const { template, commands, done } = menu('linux');
    for (const label of ['Save', 'Undo', 'Zoom to Fit', 'Presentation Mode', 'Dark', 'Open…']) {
      click(find(template, label));
    }
    click(find(template, 'New'));
    click(find(template, 'New from Template…'));
    expect(commands).toEqual([
      { type: 'action', id: 'save' },
      { type: 'action', id: 'undo' },
      { type: 'action', id: 'zoomToFit' },
      { type: 'action', id: 'workshop' },
      { type: 'action', id: 'open' },
    ]);
    expect(done).toEqual(['theme: dark', 'new window: new', 'new window: newFromTemplate']);
  });

  test('View > Theme shows the chosen theme, not always "System"', () => {
    const radios = submenu(find(menu('linux', [], 'dark').template, 'Theme'));
    expect(radios.filter((item) => item.checked).map((item) => item.label)).toEqual(['Dark']);
  });

  test('the menus speak the UI language main was given', () => {
    const t = createTranslate('fa');
    const template = buildMenuTemplate({
      platform: 'linux',
      t,
      recent: [],
      theme: 'system',
      items: menuItemsOf(ACTIONS),
      devTools: false,
      actions: { command() {}, newWindow() {}, setTheme() {}, openRecent() {}, clearRecent() {} },
    });
    expect(template[0]?.label).toBe(t('menu.file'));
    expect(find(template, t('menu.redo')).accelerator).toBe('Shift+CmdOrCtrl+Z');
  });

  test('Open Recent lists the files and can be cleared', () => {
    const empty = submenu(find(menu('linux').template, 'Open Recent'));
    expect(empty).toEqual([{ label: 'No Recent Files', enabled: false }]);

    const { template, done } = menu('linux', ['/maps/a.journey.json']);
    const items = submenu(find(template, 'Open Recent'));
    expect(items[0]?.label).toBe('a.journey.json — /maps');
    click(items[0] ?? {});
    click(find(template, 'Clear Recent'));
    expect(done).toEqual(['open recent /maps/a.journey.json', 'clear recent']);
  });

  test('no developer tools in a packaged build', () => {
    const labels = JSON.stringify(menu('linux').template);
    expect(labels).not.toContain('toggleDevTools');
  });
});
