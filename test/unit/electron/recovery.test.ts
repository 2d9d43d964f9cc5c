import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RecoveryEntry } from '../../../shared/host';
import { RecoverySessions } from '../../../electron/main/recovery/recoverySessions';
import { RecoveryStore } from '../../../electron/main/recovery/recoveryStore';
import { createHostRig } from './helpers/hostRig';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();

const entry = (key: string, text: string, ref: RecoveryEntry['ref'] = null): RecoveryEntry => ({
  key,
  ref,
  title: `Map ${key}`,
  savedAt: 1_700_000_000_000 + text.length,
  text,
});

/** One app session on a user-data folder; a "crash" is simply never cleaning up. */
function session(folder: string) {
  return new RecoverySessions(new RecoveryStore(folder));
}

describe('crash recovery', () => {
  test('unsaved work is written, found after a crash, and removed after a save', async () => {
    const userData = tempDir();
    const documents = tempDir();
    const folder = path.join(userData, 'recovery');

    // Session 1: a map with unsaved edits; the app dies without closing anything.
    const crashed = createHostRig(userData, documents);
    const file = path.join(documents, 'm.journey.json');
    writeFileSync(file, 'saved text');
    const win = crashed.shell.createWindow();
    crashed.dialogs.openAnswers.push(file);
    const opened = await crashed.handlers.openFile(win);
    await crashed.handlers.recoveryWrite(win, entry('doc-1', 'edits 1', opened?.ref));
    await crashed.handlers.recoveryWrite(win, entry('doc-1', 'edits 2', opened?.ref));
    crashed.files.close();
    expect(readdirSync(folder)).toHaveLength(1);

    // Session 2: the start-up finds the entry and offers it to the window of its file.
    const next = createHostRig(userData, documents);
    const leftovers = await next.recovery.leftovers();
    expect(leftovers).toEqual([entry('doc-1', 'edits 2', opened?.ref)]);
    await next.core.start([file]);
    const holder = next.windows.holding(file)[0]?.windowId ?? -1;
    expect(await next.handlers.recoveryList(holder)).toEqual(leftovers);

    // The user restores it (the renderer keeps writing under the same key), then saves.
    await next.handlers.recoveryWrite(holder, entry('doc-1', 'edits 3', opened?.ref));
    const ref = { handle: file, name: 'm.journey.json' };
    expect(await next.handlers.saveFile(holder, ref, 'edits 3', {})).toMatchObject({
      status: 'saved',
    });
    expect(readdirSync(folder)).toEqual([]);
    next.files.close();
  });

  test('each window is offered only the maps handed to it, once', async () => {
    const folder = path.join(tempDir(), 'recovery');
    const before = session(folder);
    await before.write(1, entry('a', 'map a'));
    await before.write(2, entry('b', 'map b'));

    const after = session(folder);
    expect((await after.leftovers()).map((e) => e.key)).toEqual(['a', 'b']);
    after.offer(10, 'a');
    after.offer(11, 'b');
    expect((await after.list(10)).map((e) => e.key)).toEqual(['a']);
    expect((await after.list(11)).map((e) => e.key)).toEqual(['b']);
    expect(await after.list(12)).toEqual([]);
  });

  test('a window cannot discard or overwrite another window’s entry', async () => {
    const folder = path.join(tempDir(), 'recovery');
    const sessions = session(folder);
    await sessions.write(1, entry('mine', 'one'));
    await sessions.write(2, entry('mine', 'two'));
    await sessions.discard(2, 'mine');
    sessions.rendererCrashed(1);
    expect(await sessions.list(1)).toEqual([entry('mine', 'one')]);
  });

  test('Discard removes the entry for good', async () => {
    const folder = path.join(tempDir(), 'recovery');
    await session(folder).write(1, entry('k', 'text'));
    const next = session(folder);
    next.offer(5, 'k');
    await next.discard(5, 'k');
    expect(await session(folder).leftovers()).toEqual([]);
  });

  test('an offer the user never answered stays for the next start', async () => {
    const folder = path.join(tempDir(), 'recovery');
    await session(folder).write(1, entry('k', 'text'));
    const next = session(folder);
    next.offer(5, 'k');
    await next.clearWritten(5); // the window closed with nothing unsaved of its own
    next.forgetWindow(5);
    expect((await session(folder).leftovers()).map((e) => e.key)).toEqual(['k']);
  });

  test('after a renderer crash the window is offered its own unsaved work again', async () => {
    const folder = path.join(tempDir(), 'recovery');
    const sessions = session(folder);
    await sessions.write(3, entry('live', 'in progress'));
    expect(await sessions.list(3)).toEqual([]);
    sessions.rendererCrashed(3);
    expect(await sessions.list(3)).toEqual([entry('live', 'in progress')]);
  });

  test('a damaged recovery file is skipped, not fatal', async () => {
    const folder = path.join(tempDir(), 'recovery');
    await session(folder).write(1, entry('good', 'ok'));
    writeFileSync(path.join(folder, `${'0'.repeat(32)}.json`), '{"format":');
    expect((await session(folder).leftovers()).map((e) => e.key)).toEqual(['good']);
  });
});
