/** In-memory stand-ins for Electron's windows and dialogs, recording what main asked. */
import type { HostCommand } from '../../../../shared/host';
import type {
  DialogShell,
  OpenKind,
  SaveDialogOptions,
  WindowShell,
} from '../../../../electron/main/host/shell';
import type { CloseChoice } from '../../../../electron/main/windows/closeGuard';
import type { DocumentWindows } from '../../../../electron/main/windows/documentWindows';

export class FakeWindows implements WindowShell {
  private nextId = 1;
  readonly commands: { windowId: number; command: HostCommand }[] = [];
  readonly focused: number[] = [];
  readonly titles = new Map<number, { title: string; dirty: boolean; file: string | null }>();
  readonly opened: string[] = [];
  readonly osRecent: string[] = [];
  readonly closed: number[] = [];
  focusedId: number | null = null;

  /** `registry` is read late: the core that owns it is built with this shell. */
  constructor(private readonly registry: () => DocumentWindows) {}

  createWindow(): number {
    const id = this.nextId++;
    this.registry().add(id);
    return id;
  }
  focus(windowId: number): void {
    this.focused.push(windowId);
  }
  focusedWindowId(): number | null {
    return this.focusedId;
  }
  sendCommand(windowId: number, command: HostCommand): void {
    this.commands.push({ windowId, command });
  }
  showDocumentState(
    windowId: number,
    view: { title: string; dirty: boolean; file: string | null },
  ) {
    this.titles.set(windowId, view);
  }
  close(windowId: number): void {
    this.closed.push(windowId);
  }
  count(): number {
    return this.registry().ids().length;
  }
  clearRecentDocuments(): void {
    this.osRecent.length = 0;
  }
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
  addRecentDocument(file: string): void {
    this.osRecent.push(file);
  }
  commandsOfType<T extends HostCommand['type']>(type: T) {
    return this.commands.filter(
      (c): c is { windowId: number; command: Extract<HostCommand, { type: T }> } =>
        c.command.type === type,
    );
  }
}

/** Answers dialogs from queues the test fills; records what was asked. */
export class FakeDialogs implements DialogShell {
  readonly openAnswers: (string | null)[] = [];
  /** What each open dialog offered (maps or tables). */
  readonly openKinds: OpenKind[] = [];
  readonly saveAnswers: (string | null)[] = [];
  readonly saveRequests: SaveDialogOptions[] = [];
  readonly errors: string[] = [];
  replaceAnswer = true;
  closeAnswer: CloseChoice = 'cancel';

  async chooseFileToOpen(
    _windowId: number | null,
    _defaultDir: string | undefined,
    kind: OpenKind = 'map',
  ): Promise<string | null> {
    this.openKinds.push(kind);
    return this.openAnswers.shift() ?? null;
  }
  async chooseSavePath(_windowId: number, options: SaveDialogOptions): Promise<string | null> {
    this.saveRequests.push(options);
    return this.saveAnswers.shift() ?? null;
  }
  async confirmReplace(): Promise<boolean> {
    return this.replaceAnswer;
  }
  async askSaveBeforeClose(): Promise<CloseChoice> {
    return this.closeAnswer;
  }
  async showError(_windowId: number | null, message: string): Promise<void> {
    this.errors.push(message);
  }
}
