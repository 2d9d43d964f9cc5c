/** Native dialogs (open, save, the close prompt, errors), attached to their window. */
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { DialogShell, OpenKind, SaveDialogOptions } from '../host/shell';
import type { Translate } from '../i18n';
import type { CloseChoice } from '../windows/closeGuard';

/**
 * macOS's panels match only the last part of an extension, so `journey.json` is offered
 * there as `json` (main completes the name); GTK and Windows take `*.journey.json`.
 */
function dialogExtensions(extensions: readonly string[]): string[] {
  return process.platform === 'darwin'
    ? extensions.map((ext) => ext.split('.').pop() ?? ext)
    : [...extensions];
}

export class ElectronDialogs implements DialogShell {
  constructor(
    private readonly t: Translate,
    private readonly windowFor: (windowId: number | null) => BrowserWindow | undefined,
  ) {}

  async chooseFileToOpen(
    windowId: number | null,
    defaultDir: string | undefined,
    kind: OpenKind = 'map',
  ): Promise<string | null> {
    const filter = {
      map: { name: this.t('desktop.filters.journeyMap'), extensions: ['journey.json'] },
      import: {
        name: this.t('desktop.filters.importable'),
        extensions: ['mmd', 'mermaid', 'csv', 'tsv', 'xlsx'],
      },
      table: { name: this.t('desktop.filters.table'), extensions: ['csv', 'tsv', 'tab', 'xlsx'] },
    }[kind];
    const options: Electron.OpenDialogOptions = {
      properties: ['openFile'],
      filters: [{ name: filter.name, extensions: dialogExtensions(filter.extensions) }],
      ...(defaultDir ? { defaultPath: defaultDir } : {}),
    };
    const win = this.windowFor(windowId);
    const result = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  async chooseSavePath(windowId: number, options: SaveDialogOptions): Promise<string | null> {
    const saveOptions: Electron.SaveDialogOptions = {
      defaultPath: options.defaultPath,
      filters: [{ name: options.filterName, extensions: dialogExtensions(options.extensions) }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const win = this.windowFor(windowId);
    const result = win
      ? await dialog.showSaveDialog(win, saveOptions)
      : await dialog.showSaveDialog(saveOptions);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  async confirmReplace(windowId: number, fileName: string): Promise<boolean> {
    const t = this.t;
    const response = await this.messageBox(windowId, {
      type: 'warning',
      message: t('desktop.overwritePrompt.message', { name: fileName }),
      buttons: [t('desktop.overwritePrompt.replace'), t('desktop.overwritePrompt.cancel')],
      defaultId: 1,
      cancelId: 1,
    });
    return response === 0;
  }

  async askSaveBeforeClose(windowId: number, documentName: string): Promise<CloseChoice> {
    const t = this.t;
    const response = await this.messageBox(windowId, {
      type: 'warning',
      message: t('desktop.closePrompt.message', { name: documentName }),
      detail: t('desktop.closePrompt.detail'),
      buttons: [
        t('desktop.closePrompt.save'),
        t('desktop.closePrompt.dontSave'),
        t('desktop.closePrompt.cancel'),
      ],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
  }

  async showError(windowId: number | null, message: string): Promise<void> {
    await this.messageBox(windowId, { type: 'error', message, buttons: [this.t('desktop.ok')] });
  }

  private async messageBox(windowId: number | null, options: MessageBoxOptions): Promise<number> {
    const win = this.windowFor(windowId);
    const result = win
      ? await dialog.showMessageBox(win, options)
      : await dialog.showMessageBox(options);
    return result.response;
  }
}
