/**
 * `journey-studio export --format png` in the packaged app (PDF and SVG are drawn by the shared
 * core in this process, see cli/commands/export.ts): the same export page as the plain-Node CLI
 * (dist/renderer/export.html), loaded in a hidden, sandboxed window over the app:// protocol,
 * so no browser needs to be installed. The CLI reaches it through `CliContext.exportRenderer`
 * and never imports electron itself.
 */
import { app, BrowserWindow, session } from 'electron';
import { EXPORT_PAGE } from '../../../shared/export/headless';
import type { ExportRenderer, OpenExportRenderer } from '../../cli/export/pngRenderer';
import { APP_ORIGIN } from '../security/appProtocol';
import { hardenSession } from '../shell/hardening';

let hardenedRoot: string | null = null;

const WAIT_READY = `new Promise((resolve) => {
  const check = () => (document.documentElement.dataset.ready === 'true' ? resolve(true) : setTimeout(check, 20));
  check();
})`;

/** The window itself, with the app windows' locked-down preferences (shell/electronWindows.ts). */
class HiddenExportWindow {
  constructor(private readonly options: { devTools: boolean }) {}

  create(): BrowserWindow {
    return new BrowserWindow({
      show: false,
      width: 1280,
      height: 800,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        disableBlinkFeatures: 'Auxclick',
        devTools: this.options.devTools,
        // A hidden window must not be slowed down like a background tab while it exports.
        backgroundThrottling: false,
      },
    });
  }
}

export const openHiddenWindowRenderer: OpenExportRenderer = async ({ rendererDir }) => {
  await app.whenReady();
  if (hardenedRoot === null) {
    // The same session rules as the app's windows: app:// serves the renderer folder only.
    hardenSession(session.defaultSession, rendererDir);
    hardenedRoot = rendererDir;
  }
  const window = new HiddenExportWindow({ devTools: false }).create();
  const close = async (): Promise<void> => {
    if (!window.isDestroyed()) window.destroy();
  };
  try {
    await window.loadURL(`${APP_ORIGIN}/${EXPORT_PAGE}`);
    await window.webContents.executeJavaScript(WAIT_READY);
  } catch (error) {
    await close();
    throw error;
  }
  const renderer: ExportRenderer = {
    async exportMap(text, options, today, compareText) {
      const call = `window.journeyExport.exportMap(${JSON.stringify(text)}, ${JSON.stringify(options)}, ${JSON.stringify(today)}, ${JSON.stringify(compareText)})`;
      const result = (await window.webContents.executeJavaScript(call, true)) as { base64: string };
      return new Uint8Array(Buffer.from(result.base64, 'base64'));
    },
    close,
  };
  return renderer;
};
