/**
 * The Electron main process: wiring only. The logic lives in plain modules beside this
 * file (DesktopCore and files/, recovery/, host/, windows/, security/, menu/, launch/)
 * that unit tests drive; the Electron-facing adapters are in shell/.
 */
import { app, ipcMain, Menu, session } from 'electron';
import path from 'node:path';
import { runCli } from '../cli/run';
import { DesktopCore } from './desktopCore';
import { openHiddenWindowRenderer } from './export/hiddenWindowRenderer';
import { resolveLanguage } from '../../shared/host';
import { switchableTranslate } from './i18n';
import { registerHostHandlers } from './ipc/registerHostHandlers';
import { filesFromArgv } from './launch/argvFiles';
import { cliArgsFromArgv } from './launch/cliArgs';
import { filesFromSecondInstance, handOverData } from './launch/launchRequests';
import { buildMenuTemplate } from './menu/menuTemplate';
import { APP_ENTRY_URL } from './security/appProtocol';
import { ElectronDialogs } from './shell/electronDialogs';
import { ElectronWindows } from './shell/electronWindows';
import { hardenAllWebContents, hardenSession, registerAppScheme } from './shell/hardening';

if (process.platform === 'win32') app.setAppUserModelId('com.journeystudio.app');
registerAppScheme();
app.enableSandbox();
hardenAllWebContents();

const cliArgs = cliArgsFromArgv(process.argv, app.isPackaged);
const launchFiles = filesFromArgv(process.argv.slice(1), process.cwd());

if (cliArgs) {
  // `journey-studio validate|templates|new|export …`: the same CLI as the plain-Node command, no window.
  void runCli(cliArgs, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    templatesDir: path.join(app.getAppPath(), 'templates'),
    version: app.getVersion(),
    // `export` renders in a hidden window of this app (no browser needed).
    exportRenderer: openHiddenWindowRenderer,
    rendererDir: path.join(__dirname, '..', 'renderer'),
  }).then((code) => app.exit(code));
} else if (!app.requestSingleInstanceLock(handOverData(launchFiles))) {
  // The running app opens the files (its second-instance event); this process just ends.
  app.quit();
} else {
  startPrimaryInstance();
}

/** What the ready app does with a file from outside, and with a bare second start. */
interface Opener {
  open(file: string): void;
  focusAny(): void;
}

function startPrimaryInstance(): void {
  const waiting: string[] = [...launchFiles];
  let opener: Opener | null = null;
  const openOrQueue = (file: string) => (opener ? opener.open(file) : waiting.push(file));

  // macOS hands files over by event (Finder, the dock), also before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openOrQueue(file);
  });
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const handedOver = filesFromSecondInstance(argv, workingDirectory, additionalData);
    for (const file of handedOver) openOrQueue(file);
    if (handedOver.length === 0) opener?.focusAny();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    const ready = await startApp(waiting.splice(0));
    opener = ready;
    // Files that arrived while the app was starting.
    for (const file of waiting.splice(0)) ready.open(file);
  });
}

async function startApp(initialFiles: readonly string[]): Promise<Opener> {
  hardenSession(session.defaultSession, path.join(__dirname, '..', 'renderer'));
  const systemLocales = [...app.getPreferredSystemLanguages(), app.getLocale()];
  // The OS language until the stored preferences are read (core.start), then the chosen one.
  const language = switchableTranslate(app.getLocale());
  const { t } = language;

  let quitPending = false;
  app.on('before-quit', () => {
    quitPending = true;
  });

  const shell: ElectronWindows = new ElectronWindows({
    preload: path.join(__dirname, 'preload.cjs'),
    entryUrl: APP_ENTRY_URL,
    devTools: !app.isPackaged,
    title: t('app.name'),
    events: {
      created: (id) => core.windowCreated(id),
      closeRequested: (id) => core.closeGuard.requestClose(id),
      closed: (id) => {
        core.windowClosed(id);
        // A quit that waited for this window's prompt goes on with the other windows.
        if (quitPending) app.quit();
      },
      rendererGone: (id) => core.rendererGone(id),
    },
  });
  const core: DesktopCore = new DesktopCore({
    userData: app.getPath('userData'),
    shell,
    dialogs: new ElectronDialogs(t, (id) => shell.browserWindow(id)),
    t,
    defaultFolder: () => app.getPath('documents'),
    onMenuChanged: () => installMenu(),
    onPreferencesChanged: (preferences) => {
      language.switchTo(resolveLanguage(preferences.language, systemLocales));
      app.setAboutPanelOptions({
        applicationName: t('app.name'),
        applicationVersion: app.getVersion(),
      });
      installMenu();
    },
    abortQuit: () => {
      quitPending = false;
    },
  });
  const installMenu = (): void => {
    const template = buildMenuTemplate({
      platform: process.platform,
      t,
      recent: core.recent.files,
      theme: core.preferences.current.theme,
      items: core.menuItems,
      devTools: !app.isPackaged,
      actions: core.menuActions(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  registerHostHandlers(ipcMain, core.handlers, {
    windowIdFor: (webContentsId) => shell.windowIdFor(webContentsId),
    refusedMessage: () => t('desktop.errors.refused'),
    log: (message) => console.warn(`[journey-studio] ${message}`),
  });
  app.on('activate', () => {
    if (shell.count() === 0) shell.createWindow();
  });
  app.on('will-quit', () => core.files.close());
  await core.start(initialFiles);
  installMenu();

  return {
    open: (file) => void core.files.openFromOutside(file),
    focusAny: () => {
      const any = shell.anyWindowId();
      if (any === null) shell.createWindow();
      else shell.focus(any);
    },
  };
}
