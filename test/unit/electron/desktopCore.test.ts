import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { RecoveryEntry } from '../../../shared/host';
import { createHostRig } from './helpers/hostRig';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();
const rigs: ReturnType<typeof createHostRig>[] = [];
afterEach(() => {
  for (const rig of rigs.splice(0)) rig.files.close();
});

function setup(userData = tempDir(), documents = tempDir()) {
  const rig = createHostRig(userData, documents);
  rigs.push(rig);
  return { ...rig, userData, documents };
}

const entry = (key: string, ref: RecoveryEntry['ref']): RecoveryEntry => ({
  key,
  ref,
  title: key,
  savedAt: 1_700_000_000_000,
  text: `unsaved ${key}`,
});

describe('start-up', () => {
  test('with nothing to open or restore, one empty window', async () => {
    const { core, shell, windows } = setup();
    await core.start([]);
    expect(shell.count()).toBe(1);
    expect(windows.isEmpty(windows.ids()[0] ?? -1)).toBe(true);
  });

  test('files from the command line open, each in its own window', async () => {
    const { core, shell, documents } = setup();
    const a = path.join(documents, 'a.journey.json');
    const b = path.join(documents, 'b.journey.json');
    writeFileSync(a, 'A');
    writeFileSync(b, 'B');
    await core.start([a, b]);
    const delivered = shell.commandsOfType('openFile');
    expect(delivered.map((c) => c.command.file.text)).toEqual(['A', 'B']);
    expect(new Set(delivered.map((c) => c.windowId)).size).toBe(2);
    expect(shell.count()).toBe(2);
  });

  test('after a crash each map is offered in its own window: with its file, or alone', async () => {
    const userData = tempDir();
    const documents = tempDir();
    const file = path.join(documents, 'kept.journey.json');
    writeFileSync(file, 'on disk');
    const ref = { handle: file, name: 'kept.journey.json' };

    const crashed = setup(userData, documents);
    const w1 = crashed.shell.createWindow();
    const w2 = crashed.shell.createWindow();
    await crashed.handlers.recoveryWrite(w1, entry('with-file', ref));
    await crashed.handlers.recoveryWrite(w2, entry('untitled', null));
    // …and the process dies here: nothing is closed or cleaned up.

    const next = setup(userData, documents);
    await next.core.start([file]);
    const fileWindow = next.windows.holding(file)[0]?.windowId ?? -1;
    expect((await next.handlers.recoveryList(fileWindow)).map((e) => e.key)).toEqual(['with-file']);
    const others = next.windows.ids().filter((id) => id !== fileWindow);
    expect(others).toHaveLength(1);
    expect((await next.handlers.recoveryList(others[0] ?? -1)).map((e) => e.key)).toEqual([
      'untitled',
    ]);
    // The window holding a restore offer is not "empty": an opened file goes elsewhere…
    expect(next.windows.isEmpty(others[0] ?? -1)).toBe(false);
    // …until the user declines the restore.
    await next.handlers.recoveryDiscard(others[0] ?? -1, 'untitled');
    expect(next.windows.isEmpty(others[0] ?? -1)).toBe(true);
  });
});

describe('closing with unsaved changes', () => {
  async function dirtyWindow() {
    const context = setup();
    const win = context.shell.createWindow();
    context.handlers.setDocumentState(win, { title: 'Workshop', ref: null, dirty: true });
    await context.handlers.recoveryWrite(win, entry('w', null));
    return { ...context, win };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

  test("Don't Save removes the recovery file and closes", async () => {
    const { closeGuard, dialogs, shell, win, userData } = await dirtyWindow();
    dialogs.closeAnswer = 'discard';
    expect(closeGuard.requestClose(win)).toBe(false);
    await settle();
    expect(shell.closed).toEqual([win]);
    expect(readdirSync(path.join(userData, 'recovery'))).toEqual([]);
  });

  test('Save sends saveAndClose; closeAfterSave(true) closes the window', async () => {
    const { closeGuard, dialogs, shell, handlers, win } = await dirtyWindow();
    dialogs.closeAnswer = 'save';
    closeGuard.requestClose(win);
    await settle();
    expect(shell.commandsOfType('saveAndClose')).toEqual([
      { windowId: win, command: { type: 'saveAndClose' } },
    ]);
    handlers.closeAfterSave(win, true);
    expect(shell.closed).toEqual([win]);
  });

  test('Cancel keeps the window and its recovery file', async () => {
    const { closeGuard, dialogs, shell, win, userData } = await dirtyWindow();
    dialogs.closeAnswer = 'cancel';
    closeGuard.requestClose(win);
    await settle();
    expect(shell.closed).toEqual([]);
    expect(readdirSync(path.join(userData, 'recovery'))).toHaveLength(1);
  });
});

describe('menu actions', () => {
  test('New opens a new window; commands go to the focused window', () => {
    const { core, shell } = setup();
    const focused = shell.createWindow();
    shell.focusedId = focused;
    const actions = core.menuActions();
    actions.newWindow('newFromTemplate');
    actions.command({ type: 'action', id: 'zoomIn' });
    expect(shell.commands).toEqual([
      { windowId: 2, command: { type: 'newFromTemplate' } },
      { windowId: focused, command: { type: 'action', id: 'zoomIn' } },
    ]);
  });

  test('Open with no window open (macOS) opens a window to ask in', () => {
    const { core, shell } = setup();
    core.menuActions().command({ type: 'action', id: 'open' });
    core.menuActions().command({ type: 'action', id: 'save' });
    expect(shell.commands).toEqual([{ windowId: 1, command: { type: 'action', id: 'open' } }]);
  });
});

describe('a renderer crash', () => {
  test('the reloaded page gets its file again and is offered its unsaved work', async () => {
    const { core, shell, handlers, documents } = setup();
    const file = path.join(documents, 'm.journey.json');
    writeFileSync(file, 'saved');
    await core.start([file]);
    const win = core.windows.holding(file)[0]?.windowId ?? -1;
    await handlers.recoveryWrite(win, entry('live', { handle: file, name: 'm.journey.json' }));

    core.rendererGone(win);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const redelivered = shell.commandsOfType('openFile').filter((c) => c.windowId === win);
    expect(redelivered).toHaveLength(2);
    expect((await handlers.recoveryList(win)).map((e) => e.key)).toEqual(['live']);
  });
});
