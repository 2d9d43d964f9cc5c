import type { MenuItemConstructorOptions } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { sendPayloads } from '../../../electron/ipc/schemas';
import { DesktopCore } from '../../../electron/main/desktopCore';
import { createTranslate, switchableTranslate } from '../../../electron/main/i18n';
import { buildMenuTemplate } from '../../../electron/main/menu/menuTemplate';
import { resolveLanguage, type Preferences } from '../../../shared/host';
import { FakeDialogs, FakeWindows } from './helpers/fakeShell';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();
const fa = createTranslate('fa');

/** The desktop core as main.ts wires it: main's language follows the preferences. */
function desktop(userData: string) {
  const language = switchableTranslate('en-US');
  const seen: Preferences[] = [];
  const shell: FakeWindows = new FakeWindows(() => core.windows);
  const core: DesktopCore = new DesktopCore({
    userData,
    shell,
    dialogs: new FakeDialogs(),
    t: language.t,
    defaultFolder: () => userData,
    onPreferencesChanged: (preferences) => {
      seen.push(preferences);
      language.switchTo(resolveLanguage(preferences.language, ['en-US']));
    },
  });
  const menu = () =>
    buildMenuTemplate({
      platform: 'linux',
      t: language.t,
      recent: [],
      theme: core.preferences.current.theme,
      items: [],
      devTools: false,
      actions: core.menuActions(),
    });
  return { core, shell, seen, menu, t: language.t };
}

function themeRadio(template: MenuItemConstructorOptions[], label: string) {
  const view = template.find((menu) => menu.label === label);
  const theme = Array.isArray(view?.submenu) ? view.submenu.at(-1) : undefined;
  const radios = Array.isArray(theme?.submenu) ? theme.submenu : [];
  return radios.filter((item) => item.checked).map((item) => item.label);
}

describe('preferences in the desktop app', () => {
  test('Persian chosen in Settings: main’s menus and dialogs switch, and after a restart too', async () => {
    const userData = tempDir();
    const first = desktop(userData);
    await first.core.start([]);
    const other = first.shell.createWindow();
    const [chooser] = first.core.windows.ids();
    first.core.handlers.writePreferences(chooser ?? -1, { language: 'fa', theme: 'dark' });
    await first.core.preferences.written();

    expect(first.menu()[0]?.label).toBe(fa('menu.file'));
    expect(first.t('desktop.closePrompt.save')).toBe(fa('desktop.closePrompt.save'));
    expect(themeRadio(first.menu(), fa('menu.view'))).toEqual([fa('menu.themeDark')]);
    // The other window follows without a reload.
    expect(first.shell.commandsOfType('preferences').map((c) => c.windowId)).toContain(other);

    const restarted = desktop(userData);
    await restarted.core.start([]);
    expect(await restarted.core.handlers.readPreferences(1)).toEqual({
      language: 'fa',
      theme: 'dark',
    });
    expect(restarted.menu()[0]?.label).toBe(fa('menu.file'));
    expect(themeRadio(restarted.menu(), fa('menu.view'))).toEqual([fa('menu.themeDark')]);
  });

  test('View > Theme is kept and sent to every window; the radio stays on the choice', async () => {
    const userData = tempDir();
    const app = desktop(userData);
    await app.core.start([]);
    const view = app.menu().find((menu) => menu.label === 'View');
    const theme = Array.isArray(view?.submenu) ? view.submenu.at(-1) : undefined;
    const contrast = (Array.isArray(theme?.submenu) ? theme.submenu : []).find(
      (item) => item.label === 'High Contrast',
    );
    (contrast?.click as unknown as () => void)();
    await app.core.preferences.written();
    expect(app.shell.commandsOfType('preferences').map((c) => c.command.preferences)).toEqual([
      { language: 'system', theme: 'highContrast' },
    ]);
    // A rebuilt menu (a recent file added, the language switched) keeps it checked.
    expect(themeRadio(app.menu(), 'View')).toEqual(['High Contrast']);
    const saved: unknown = JSON.parse(
      readFileSync(path.join(userData, 'preferences.json'), 'utf8'),
    );
    expect(saved).toEqual({ language: 'system', theme: 'highContrast' });
  });

  test('a damaged preferences file falls back field by field; a bad message is refused', async () => {
    const userData = tempDir();
    writeFileSync(path.join(userData, 'preferences.json'), '{"language":"de","theme":"dark"}');
    const app = desktop(userData);
    await app.core.start([]);
    expect(app.core.preferences.current).toEqual({ language: 'system', theme: 'dark' });
    expect(app.seen).toEqual([{ language: 'system', theme: 'dark' }]);
    const write = sendPayloads.writePreferences;
    expect(write.safeParse([{ language: 'fa', theme: 'dark' }]).success).toBe(true);
    expect(write.safeParse([{ language: 'de', theme: 'dark' }]).success).toBe(false);
    expect(write.safeParse([{ language: 'fa', theme: 'neon' }]).success).toBe(false);
  });
});
