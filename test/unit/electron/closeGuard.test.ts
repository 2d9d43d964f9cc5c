import { describe, expect, test } from 'vitest';
import { CloseGuard, type CloseChoice } from '../../../electron/main/windows/closeGuard';

function rig(dirty: boolean, choice: CloseChoice) {
  const log: string[] = [];
  const guard = new CloseGuard({
    isDirty: () => dirty,
    ask: async (id) => {
      log.push(`ask ${id}`);
      return choice;
    },
    requestSave: (id) => log.push(`saveAndClose ${id}`),
    close: (id) => log.push(`close ${id}`),
    discardRecovery: async (id) => void log.push(`discard recovery ${id}`),
    abortQuit: () => log.push('quit aborted'),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { guard, log, settle };
}

describe('closing a window', () => {
  test('a window without unsaved changes closes at once and drops its recovery files', () => {
    const { guard, log } = rig(false, 'cancel');
    expect(guard.requestClose(1)).toBe(true);
    expect(log).toEqual(['discard recovery 1']);
  });

  test('unsaved changes: Save asks the renderer to save, and closes once it did', async () => {
    const { guard, log, settle } = rig(true, 'save');
    expect(guard.requestClose(1)).toBe(false);
    await settle();
    expect(log).toEqual(['ask 1', 'saveAndClose 1']);
    guard.closeAfterSave(1, true);
    expect(log.at(-1)).toBe('close 1');
    expect(guard.requestClose(1)).toBe(true);
  });

  test('Save that fails or is cancelled keeps the window open and calls off a quit', async () => {
    const { guard, log, settle } = rig(true, 'save');
    guard.requestClose(1);
    await settle();
    guard.closeAfterSave(1, false);
    expect(log).toEqual(['ask 1', 'saveAndClose 1', 'quit aborted']);
    // The next close asks again.
    expect(guard.requestClose(1)).toBe(false);
  });

  test("Don't Save discards the recovery files and closes", async () => {
    const { guard, log, settle } = rig(true, 'discard');
    guard.requestClose(1);
    await settle();
    expect(log).toEqual(['ask 1', 'discard recovery 1', 'close 1']);
  });

  test('Cancel keeps the window and calls off a quit', async () => {
    const { guard, log, settle } = rig(true, 'cancel');
    expect(guard.requestClose(1)).toBe(false);
    await settle();
    expect(log).toEqual(['ask 1', 'quit aborted']);
  });

  test('one prompt at a time, and an unasked closeAfterSave closes nothing', async () => {
    const { guard, log, settle } = rig(true, 'save');
    guard.closeAfterSave(1, true);
    guard.requestClose(1);
    guard.requestClose(1);
    await settle();
    expect(log).toEqual(['ask 1', 'saveAndClose 1']);
  });
});
