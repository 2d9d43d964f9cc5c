import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { RecoveryEntry } from '../../../shared/host';
import { createHostRig } from './helpers/hostRig';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();
const rigs: ReturnType<typeof createHostRig>[] = [];

function setup() {
  const userData = tempDir();
  const documents = tempDir();
  const rig = createHostRig(userData, documents);
  rigs.push(rig);
  const map = (name: string, text = `{"title":"${name}"}\n`) => {
    const file = path.join(documents, name);
    writeFileSync(file, text);
    return file;
  };
  return { ...rig, userData, documents, map };
}

afterEach(() => {
  for (const rig of rigs.splice(0)) rig.files.close();
});

describe('opening files', () => {
  test('Open shows the file in the window that asked when that window is empty', async () => {
    const { shell, dialogs, handlers, map, recent } = setup();
    const file = map('onboarding.journey.json');
    const win = shell.createWindow();
    dialogs.openAnswers.push(file);

    const opened = await handlers.openFile(win);
    expect(opened).toEqual({
      ref: { handle: file, name: 'onboarding.journey.json' },
      text: '{"title":"onboarding.journey.json"}\n',
    });
    expect(recent.files).toEqual([file]);
  });

  test('Import reads the chosen file as bytes; it is neither opened nor remembered', async () => {
    const { shell, dialogs, handlers, documents, recent } = setup();
    const file = path.join(documents, 'ideas.xlsx');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 3, 4, 0xff]));
    const win = shell.createWindow();
    dialogs.openAnswers.push(file);
    expect(await handlers.chooseFileToImport(win, 'cards')).toEqual({
      name: 'ideas.xlsx',
      size: 5,
      bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0xff]),
    });
    expect(dialogs.openKinds).toEqual(['import']);
    expect(recent.files).toEqual([]);
    expect(shell.commandsOfType('openFile')).toHaveLength(0);
    expect(await handlers.chooseFileToImport(win, 'cards')).toBeNull(); // cancelled
  });

  test('Import does not read a file past the import limit: only its size comes back', async () => {
    const { shell, dialogs, handlers, documents } = setup();
    const file = path.join(documents, 'huge.csv');
    writeFileSync(file, '');
    truncateSync(file, 51 * 1024 * 1024); // sparse: no 51 MB written
    const win = shell.createWindow();
    dialogs.openAnswers.push(file);
    expect(await handlers.chooseFileToImport(win, 'cards')).toEqual({
      name: 'huge.csv',
      size: 51 * 1024 * 1024,
      bytes: null,
    });
  });

  test('one window per map: Open from a window holding a map opens a new window', async () => {
    const { shell, dialogs, handlers, map } = setup();
    const first = map('first.journey.json');
    const second = map('second.journey.json');
    const win = shell.createWindow();
    dialogs.openAnswers.push(first, second);
    await handlers.openFile(win);

    expect(await handlers.openFile(win)).toBeNull();
    const delivered = shell.commandsOfType('openFile');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.windowId).not.toBe(win);
    expect(delivered[0]?.command.file.ref.handle).toBe(second);
  });

  test('opening a map that is already open focuses its window instead', async () => {
    const { shell, dialogs, handlers, map } = setup();
    const file = map('shared.journey.json');
    const holder = shell.createWindow();
    const other = shell.createWindow();
    dialogs.openAnswers.push(file, file);
    await handlers.openFile(holder);

    expect(await handlers.openFile(other)).toBeNull();
    expect(shell.focused).toEqual([holder]);
    expect(shell.commandsOfType('openFile')).toHaveLength(0);
  });

  test('a file from the OS goes to an empty window, else to a new one', async () => {
    const { shell, files, map } = setup();
    const empty = shell.createWindow();
    shell.focusedId = empty;
    await files.openFromOutside(map('a.journey.json'));
    await files.openFromOutside(map('b.journey.json'));
    const delivered = shell.commandsOfType('openFile').map((c) => c.windowId);
    expect(delivered[0]).toBe(empty);
    expect(delivered[1]).not.toBe(empty);
  });

  test('a missing recent file reports why and leaves the recent list', async () => {
    const { shell, files, dialogs, recent, documents } = setup();
    const gone = path.join(documents, 'gone.journey.json');
    await recent.add(gone);
    shell.createWindow();
    await files.openFromOutside(gone);
    expect(dialogs.errors).toEqual([
      'Could not open “gone.journey.json”: the file does not exist.',
    ]);
    expect(recent.files).toEqual([]);
  });

  test('only a *.journey.json file may be opened by dropping it', async () => {
    const { shell, handlers, map } = setup();
    const win = shell.createWindow();
    const notes = map('notes.txt', 'hello');
    await expect(handlers.openDroppedFile(win, notes)).rejects.toThrow(
      '“notes.txt” is not a journey map (*.journey.json).',
    );
    await expect(handlers.openDroppedFile(win, 'relative.journey.json')).rejects.toThrow();
    const dropped = await handlers.openDroppedFile(win, map('drop.journey.json'));
    expect(dropped?.ref.name).toBe('drop.journey.json');
  });
});

describe('saving', () => {
  async function openedMap() {
    const context = setup();
    const file = context.map('map.journey.json', 'v1');
    const win = context.shell.createWindow();
    context.dialogs.openAnswers.push(file);
    const opened = await context.handlers.openFile(win);
    if (!opened) throw new Error('not opened');
    return { ...context, file, win, ref: opened.ref };
  }

  test('saves in place and keeps the previous version as .bak', async () => {
    const { handlers, win, ref, file } = await openedMap();
    expect(await handlers.saveFile(win, ref, 'v2', {})).toEqual({ status: 'saved', ref });
    expect(readFileSync(file, 'utf8')).toBe('v2');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v1');
  });

  test('an external change is caught: conflict with their text, their file untouched', async () => {
    const { handlers, win, ref, file } = await openedMap();
    writeFileSync(file, 'theirs');
    expect(await handlers.saveFile(win, ref, 'mine', {})).toEqual({
      status: 'conflict',
      ref,
      theirs: 'theirs',
    });
    expect(readFileSync(file, 'utf8')).toBe('theirs');

    // "Overwrite" in the conflict prompt.
    expect(await handlers.saveFile(win, ref, 'mine', { overwrite: true })).toMatchObject({
      status: 'saved',
    });
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('theirs');
  });

  test('after a conflict the window holds their version: a later change is caught again', async () => {
    const { handlers, win, ref, file } = await openedMap();
    writeFileSync(file, 'theirs 1');
    await handlers.saveFile(win, ref, 'mine', {});
    // "Load theirs", edit, save: no conflict, theirs was shown.
    expect(await handlers.saveFile(win, ref, 'theirs 1 + mine', {})).toMatchObject({
      status: 'saved',
    });
    writeFileSync(file, 'theirs 2');
    expect(await handlers.saveFile(win, ref, 'mine again', {})).toMatchObject({
      status: 'conflict',
      theirs: 'theirs 2',
    });
  });

  test('a window cannot write a path main never gave it', async () => {
    const { handlers, win, documents } = await openedMap();
    const elsewhere = path.join(documents, 'not-mine.journey.json');
    const result = await handlers.saveFile(win, { handle: elsewhere, name: 'x' }, 'evil', {});
    expect(result).toMatchObject({ status: 'failed' });
    expect(existsSync(elsewhere)).toBe(false);
  });

  test('a save that fails says why', async () => {
    const { handlers, win, ref, file } = await openedMap();
    // Someone replaced the map with a folder of the same name.
    rmSync(file);
    mkdirSync(file);
    writeFileSync(path.join(file, 'inside'), 'x');
    expect(await handlers.saveFile(win, ref, 'x', {})).toEqual({
      status: 'failed',
      message: 'Could not save “map.journey.json”: it is a folder.',
    });
  });

  test('Save As completes the extension, and the window then saves there', async () => {
    const { shell, dialogs, handlers, documents } = setup();
    const win = shell.createWindow();
    dialogs.saveAnswers.push(path.join(documents, 'renamed'));
    const result = await handlers.saveFileAs(win, 'Customer onboarding', 'text 1');
    const file = path.join(documents, 'renamed.journey.json');
    expect(result).toEqual({
      status: 'saved',
      ref: { handle: file, name: 'renamed.journey.json' },
    });
    expect(dialogs.saveRequests[0]?.defaultPath).toBe(
      path.join(documents, 'Customer onboarding.journey.json'),
    );
    expect(readFileSync(file, 'utf8')).toBe('text 1');
    if (result.status !== 'saved') throw new Error('not saved');
    expect(await handlers.saveFile(win, result.ref, 'text 2', {})).toMatchObject({
      status: 'saved',
    });
  });

  test('Save As that the user cancels writes nothing', async () => {
    const { shell, handlers, documents } = setup();
    const win = shell.createWindow();
    expect(await handlers.saveFileAs(win, 'x', 'text')).toEqual({ status: 'cancelled' });
    expect(readdirSync(documents)).toEqual([]);
  });

  test('a completed name that exists is only replaced after asking', async () => {
    const { shell, dialogs, handlers, map, documents } = setup();
    const existing = map('taken.journey.json', 'keep me');
    const win = shell.createWindow();
    dialogs.replaceAnswer = false;
    dialogs.saveAnswers.push(path.join(documents, 'taken'));
    expect(await handlers.saveFileAs(win, 'x', 'new')).toEqual({ status: 'cancelled' });
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });

  test('an export is written where the user chose, with its extension offered', async () => {
    const { shell, dialogs, handlers, documents } = setup();
    const win = shell.createWindow();
    const target = path.join(documents, 'deck.pdf');
    dialogs.saveAnswers.push(target);
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    expect(await handlers.saveExport(win, 'deck', bytes, 'application/pdf')).toBe(true);
    expect(dialogs.saveRequests[0]).toMatchObject({
      defaultPath: path.join(documents, 'deck.pdf'),
      extensions: ['pdf'],
      filterName: 'PDF document',
    });
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    expect(await handlers.saveExport(win, 'deck', bytes, 'application/pdf')).toBe(false);
  });
});

describe('watching open files', () => {
  test('a change on disk reaches the window as fileChanged with the new text', async () => {
    const { shell, dialogs, handlers, map } = setup();
    const file = map('watched.journey.json', 'v1');
    const win = shell.createWindow();
    dialogs.openAnswers.push(file);
    await handlers.openFile(win);

    writeFileSync(file, 'changed by git pull');
    await vi.waitFor(() => expect(shell.commandsOfType('fileChanged')).toHaveLength(1), {
      timeout: 5000,
    });
    expect(shell.commandsOfType('fileChanged')[0]).toEqual({
      windowId: win,
      command: {
        type: 'fileChanged',
        file: { ref: { handle: file, name: 'watched.journey.json' }, text: 'changed by git pull' },
      },
    });
  });

  test('our own saves are not reported as changes', async () => {
    const { shell, dialogs, handlers, files, map } = setup();
    const file = map('own.journey.json', 'v1');
    const win = shell.createWindow();
    dialogs.openAnswers.push(file);
    const opened = await handlers.openFile(win);
    if (!opened) throw new Error('not opened');
    await handlers.saveFile(win, opened.ref, 'v2 from this window', {});
    await files.checkDisk(file);
    expect(shell.commandsOfType('fileChanged')).toEqual([]);

    // The watcher's own event for that save comes and goes without a report, and a later
    // external change is the first thing reported.
    writeFileSync(file, 'external');
    await vi.waitFor(() => expect(shell.commandsOfType('fileChanged')).toHaveLength(1), {
      timeout: 5000,
    });
    expect(shell.commandsOfType('fileChanged')[0]?.command.file.text).toBe('external');
  });
});

describe('recovery and saves', () => {
  const entry = (key: string, text: string): RecoveryEntry => ({
    key,
    ref: null,
    title: 'Workshop',
    savedAt: 1_700_000_000_000,
    text,
  });

  test('the recovery file is written, then removed by a save', async () => {
    const { shell, dialogs, handlers, map, userData } = setup();
    const file = map('m.journey.json', 'v1');
    const win = shell.createWindow();
    dialogs.openAnswers.push(file);
    const opened = await handlers.openFile(win);
    if (!opened) throw new Error('not opened');

    await handlers.recoveryWrite(win, entry('doc-1', 'unsaved edits'));
    const folder = path.join(userData, 'recovery');
    expect(readdirSync(folder)).toHaveLength(1);
    await handlers.saveFile(win, opened.ref, 'saved edits', {});
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('document state', () => {
  test('the title shows the file name and the unsaved marker', async () => {
    const { shell, dialogs, handlers, map } = setup();
    const file = map('journey.journey.json');
    const win = shell.createWindow();
    dialogs.openAnswers.push(file);
    const opened = await handlers.openFile(win);
    handlers.setDocumentState(win, { title: 'Map title', ref: opened?.ref ?? null, dirty: true });
    expect(shell.titles.get(win)).toEqual({
      title: '● journey.journey.json — Journey Studio',
      dirty: true,
      file,
    });
    handlers.setDocumentState(win, { title: 'Map title', ref: opened?.ref ?? null, dirty: false });
    expect(shell.titles.get(win)?.title).toBe('journey.journey.json — Journey Studio');
  });

  test('a ref main never handed out is not shown as the window’s file', () => {
    const { shell, handlers } = setup();
    const win = shell.createWindow();
    handlers.setDocumentState(win, {
      title: 'Draft',
      ref: { handle: '/etc/passwd', name: 'passwd' },
      dirty: false,
    });
    expect(shell.titles.get(win)).toEqual({
      title: 'Draft — Journey Studio',
      dirty: false,
      file: null,
    });
  });
});

describe('external links', () => {
  test('http and https go to the OS browser; anything else is refused', async () => {
    const { shell, handlers } = setup();
    const win = shell.createWindow();
    await handlers.openExternal(win, 'https://example.com/guide');
    await expect(handlers.openExternal(win, 'file:///etc/passwd')).rejects.toThrow(
      'Only web links (http and https) can be opened.',
    );
    await expect(handlers.openExternal(win, 'javascript:alert(1)')).rejects.toThrow();
    expect(shell.opened).toEqual(['https://example.com/guide']);
  });
});
