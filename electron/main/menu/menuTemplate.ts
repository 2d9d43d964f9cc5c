/**
 * The application menu as data: File, Edit, View, (Window on macOS), Help, with translated
 * labels. The items that act on the map are the renderer's actions (`MenuItemSpec`, sent
 * over the Host from its registry, the one source of labels and shortcuts): they send
 * `{ type: 'action', id }` to the focused window and sit in the groups laid out here.
 * Main's own items are the window and app ones (New window, Open Recent, Close, Quit) and
 * Electron's roles (Cut/Copy/Paste fire the page's clipboard events).
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand, MenuItemSpec, MenuPlace, ThemeChoice } from '../../../shared/host';
import type { Translate } from '../i18n';
import { toAccelerator } from './accelerator';

export interface MenuActions {
  /** A command for the focused window. */
  command(command: HostCommand): void;
  /** New and New from Template open a new window (one window per map). */
  newWindow(command: 'new' | 'newFromTemplate'): void;
  /** View > Theme: a preference, kept by main and sent to every window. */
  setTheme(theme: ThemeChoice): void;
  openRecent(file: string): void;
  clearRecent(): void;
}

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  readonly t: Translate;
  readonly recent: readonly string[];
  /** The chosen theme, checked in View > Theme. */
  readonly theme: ThemeChoice;
  /** The renderer's actions for the menu (none until the first window reports them). */
  readonly items: readonly MenuItemSpec[];
  /** Developer tools only in development builds. */
  readonly devTools: boolean;
  readonly actions: MenuActions;
}

const THEMES: readonly [ThemeChoice, string][] = [
  ['system', 'menu.themeSystem'],
  ['light', 'menu.themeLight'],
  ['dark', 'menu.themeDark'],
  ['highContrast', 'menu.themeHighContrast'],
];

/** The items of one group, in the registry's order. */
function group(context: MenuContext, place: MenuPlace): MenuItemConstructorOptions[] {
  const { t, items, actions } = context;
  return items
    .filter((item) => item.place === place)
    .map((item): MenuItemConstructorOptions => ({
      label: t(item.label),
      ...(item.shortcut ? { accelerator: toAccelerator(item.shortcut) } : {}),
      click: () => actions.command({ type: 'action', id: item.id }),
    }));
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { platform, t } = context;
  const mac = platform === 'darwin';
  const menus: MenuItemConstructorOptions[] = [];
  if (mac) menus.push(appMenu(t));
  menus.push(fileMenu(context), editMenu(context), viewMenu(context));
  if (mac) menus.push({ role: 'windowMenu', label: t('menu.window') });
  menus.push(helpMenu(context));
  return menus;
}

function appMenu(t: Translate): MenuItemConstructorOptions {
  return {
    label: t('app.name'),
    submenu: [
      { role: 'about', label: t('menu.about') },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: t('menu.quit') },
    ],
  };
}

function fileMenu(context: MenuContext): MenuItemConstructorOptions {
  const { platform, t, recent, actions } = context;
  const submenu: MenuItemConstructorOptions[] = [
    { label: t('menu.new'), accelerator: 'CmdOrCtrl+N', click: () => actions.newWindow('new') },
    {
      label: t('menu.newFromTemplate'),
      accelerator: 'CmdOrCtrl+Shift+N',
      click: () => actions.newWindow('newFromTemplate'),
    },
    ...group(context, 'file:open'),
    { label: t('menu.openRecent'), submenu: recentMenu(t, recent, actions) },
    { type: 'separator' },
    ...group(context, 'file:save'),
    { type: 'separator' },
    { role: 'close', label: t('menu.close'), accelerator: 'CmdOrCtrl+W' },
  ];
  if (platform === 'linux') {
    submenu.push({ role: 'quit', label: t('menu.quit'), accelerator: 'Ctrl+Q' });
  } else if (platform === 'win32') {
    // Windows closes with Alt+F4; Exit carries no shortcut of its own.
    submenu.push({ role: 'quit', label: t('menu.exit') });
  }
  return { label: t('menu.file'), submenu };
}

function recentMenu(
  t: Translate,
  recent: readonly string[],
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: t('menu.noRecent'), enabled: false }];
  return [
    ...recent.map((file): MenuItemConstructorOptions => ({
      // The name first (what people look for), the folder after it to tell twins apart.
      label: `${path.basename(file)} — ${path.dirname(file)}`,
      click: () => actions.openRecent(file),
    })),
    { type: 'separator' },
    { label: t('menu.clearRecent'), click: () => actions.clearRecent() },
  ];
}

function editMenu(context: MenuContext): MenuItemConstructorOptions {
  const { t } = context;
  return {
    label: t('menu.edit'),
    submenu: [
      ...group(context, 'edit:history'),
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      ...group(context, 'edit:select'),
    ],
  };
}

function viewMenu(context: MenuContext): MenuItemConstructorOptions {
  const { t, devTools, actions, theme: chosen } = context;
  const submenu: MenuItemConstructorOptions[] = [
    ...group(context, 'view:zoom'),
    { type: 'separator' },
    ...group(context, 'view:modes'),
    { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    {
      label: t('menu.theme'),
      submenu: THEMES.map(([theme, key]): MenuItemConstructorOptions => ({
        label: t(key),
        type: 'radio',
        checked: theme === chosen,
        click: () => actions.setTheme(theme),
      })),
    },
  ];
  if (devTools) {
    submenu.push(
      { type: 'separator' },
      { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
    );
  }
  return { label: t('menu.view'), submenu };
}

function helpMenu(context: MenuContext): MenuItemConstructorOptions {
  const { platform, t } = context;
  const submenu: MenuItemConstructorOptions[] = [...group(context, 'help')];
  if (platform !== 'darwin') {
    submenu.push({ type: 'separator' }, { role: 'about', label: t('menu.about') });
  }
  return { role: 'help', label: t('menu.help'), submenu };
}
