/**
 * Closing a window with unsaved changes asks Save / Don't Save / Cancel.
 *
 * Save sends the renderer `saveAndClose`; it saves (which may show a save dialog) and
 * answers `closeAfterSave(saved)`: true closes the window, false keeps it open. Don't Save
 * discards the window's recovery files and closes. Cancel keeps the window and calls off a
 * pending quit. Plain logic over injected effects; main wires it to the `close` event.
 */
export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardEffects {
  isDirty(windowId: number): boolean;
  ask(windowId: number): Promise<CloseChoice>;
  /** Sends the renderer the `saveAndClose` command. */
  requestSave(windowId: number): void;
  /** Closes the window (the guard lets the second close through). */
  close(windowId: number): void;
  /** Removes the window's own recovery files: the work is saved or deliberately dropped. */
  discardRecovery(windowId: number): Promise<void>;
  /** A quit in progress is called off (the user chose Cancel, or the save failed). */
  abortQuit(): void;
}

type Phase = 'asking' | 'saving' | 'approved';

export class CloseGuard {
  private readonly phases = new Map<number, Phase>();

  constructor(private readonly effects: CloseGuardEffects) {}

  /** From the window's `close` event: true lets it close now, false means preventDefault. */
  requestClose(windowId: number): boolean {
    const phase = this.phases.get(windowId);
    if (phase === 'approved') return true;
    if (phase) return false; // already asking or saving: one prompt at a time
    if (!this.effects.isDirty(windowId)) {
      void this.effects.discardRecovery(windowId).catch(() => undefined);
      return true;
    }
    this.phases.set(windowId, 'asking');
    void this.effects.ask(windowId).then(
      (choice) => this.answer(windowId, choice),
      () => this.answer(windowId, 'cancel'),
    );
    return false;
  }

  /** The renderer's answer to `saveAndClose`; ignored unless the guard asked for it. */
  closeAfterSave(windowId: number, saved: boolean): void {
    if (this.phases.get(windowId) !== 'saving') return;
    if (saved) {
      this.approve(windowId);
    } else {
      this.phases.delete(windowId);
      this.effects.abortQuit();
    }
  }

  forget(windowId: number): void {
    this.phases.delete(windowId);
  }

  private answer(windowId: number, choice: CloseChoice): void {
    if (choice === 'save') {
      this.phases.set(windowId, 'saving');
      this.effects.requestSave(windowId);
    } else if (choice === 'discard') {
      // Closing must not hang on a recovery file that cannot be removed (it stays for later).
      void this.effects
        .discardRecovery(windowId)
        .catch(() => undefined)
        .then(() => this.approve(windowId));
    } else {
      this.phases.delete(windowId);
      this.effects.abortQuit();
    }
  }

  private approve(windowId: number): void {
    this.phases.set(windowId, 'approved');
    this.effects.close(windowId);
  }
}
