/**
 * The application menu as data: File, Edit, View, (Window on macOS), Help, with each
 * platform's standard accelerators and translated labels. Items that act on the map send
 * a HostCommand to the focused window; Cut/Copy/Paste use Electron's roles (they fire the
 * page's clipboard events); Undo, Redo and Select All are commands, so the renderer
 * decides between its own undo and a text field's.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand, ThemeChoice } from '../../../shared/host';
import type { Translate } from '../i18n';

export interface MenuActions {
  /** A command for the focused window. */
  command(command: HostCommand): void;
  /** New and New from Template open a new window (one window per map). */
  newWindow(command: 'new' | 'newFromTemplate'): void;
  openRecent(file: string): void;
  clearRecent(): void;
}

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  readonly t: Translate;
  readonly recent: readonly string[];
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

function fileMenu({ platform, t, recent, actions }: MenuContext): MenuItemConstructorOptions {
  const send = (command: HostCommand) => () => actions.command(command);
  const submenu: MenuItemConstructorOptions[] = [
    { label: t('menu.new'), accelerator: 'CmdOrCtrl+N', click: () => actions.newWindow('new') },
    {
      label: t('menu.newFromTemplate'),
      accelerator: 'CmdOrCtrl+Shift+N',
      click: () => actions.newWindow('newFromTemplate'),
    },
    { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: send({ type: 'open' }) },
    { label: t('menu.openRecent'), submenu: recentMenu(t, recent, actions) },
    { type: 'separator' },
    { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: send({ type: 'save' }) },
    {
      label: t('menu.saveAs'),
      accelerator: 'CmdOrCtrl+Shift+S',
      click: send({ type: 'saveAs' }),
    },
    { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', click: send({ type: 'export' }) },
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

function editMenu({ platform, t, actions }: MenuContext): MenuItemConstructorOptions {
  const send = (command: HostCommand) => () => actions.command(command);
  return {
    label: t('menu.edit'),
    submenu: [
      { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', click: send({ type: 'undo' }) },
      {
        label: t('menu.redo'),
        accelerator: platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
        click: send({ type: 'redo' }),
      },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      {
        label: t('menu.selectAll'),
        accelerator: 'CmdOrCtrl+A',
        click: send({ type: 'selectAll' }),
      },
    ],
  };
}

function viewMenu({ t, devTools, actions }: MenuContext): MenuItemConstructorOptions {
  const send = (command: HostCommand) => () => actions.command(command);
  const submenu: MenuItemConstructorOptions[] = [
    { label: t('menu.zoomIn'), accelerator: 'CmdOrCtrl+=', click: send({ type: 'zoomIn' }) },
    { label: t('menu.zoomOut'), accelerator: 'CmdOrCtrl+-', click: send({ type: 'zoomOut' }) },
    {
      label: t('menu.zoomToFit'),
      accelerator: 'CmdOrCtrl+0',
      click: send({ type: 'zoomToFit' }),
    },
    { type: 'separator' },
    {
      label: t('menu.presentation'),
      accelerator: 'F5',
      click: send({ type: 'presentation' }),
    },
    { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    {
      label: t('menu.theme'),
      submenu: THEMES.map(([theme, key]): MenuItemConstructorOptions => ({
        label: t(key),
        type: 'radio',
        checked: theme === 'system',
        click: send({ type: 'theme', theme }),
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

function helpMenu({ platform, t, actions }: MenuContext): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [
    {
      label: t('menu.shortcuts'),
      accelerator: 'CmdOrCtrl+/',
      click: () => actions.command({ type: 'shortcuts' }),
    },
  ];
  if (platform !== 'darwin') {
    submenu.push({ type: 'separator' }, { role: 'about', label: t('menu.about') });
  }
  return { role: 'help', label: t('menu.help'), submenu };
}
