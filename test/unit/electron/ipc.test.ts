/**
 * Drives the IPC registration with fake `ipcMain` events: a message from a frame that is
 * not the app's, or with a payload that does not parse, never reaches a handler.
 */
import { describe, expect, test, vi } from 'vitest';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../../../electron/ipc/channels';
import { MAX_DOCUMENT_CHARS } from '../../../electron/ipc/schemas';
import {
  registerHostHandlers,
  UserFacingError,
  type InvokeHandlers,
  type IpcMainLike,
  type IpcSenderEvent,
  type SendHandlers,
} from '../../../electron/main/ipc/registerHostHandlers';
import type { FrameLike } from '../../../electron/main/ipc/senderCheck';

type Listener = (event: IpcSenderEvent, ...args: unknown[]) => unknown;

const APP_WINDOW = 7;
const appFrame: FrameLike = { url: 'app://journey-studio/index.html', parent: null };
const ref = { handle: '/maps/a.journey.json', name: 'a.journey.json' };

function rig() {
  const invoke = new Map<string, Listener>();
  const send = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void invoke.set(channel, listener),
    on: (channel, listener) => void send.set(channel, listener),
  };
  const calls: { name: string; args: unknown[] }[] = [];
  const record =
    (name: string, result: unknown = null) =>
    async (...args: unknown[]) => {
      calls.push({ name, args });
      return result;
    };
  const handlers = {
    openFile: record('openFile'),
    openDroppedFile: record('openDroppedFile'),
    chooseFileToCompare: record('chooseFileToCompare'),
    chooseFileToImport: record('chooseFileToImport'),
    readCommittedVersion: record('readCommittedVersion', { status: 'notInRepo' }),
    saveFile: record('saveFile', { status: 'saved', ref }),
    saveFileAs: record('saveFileAs', { status: 'cancelled' }),
    saveExport: record('saveExport', true),
    recoveryWrite: record('recoveryWrite', undefined),
    recoveryList: record('recoveryList', []),
    recoveryDiscard: record('recoveryDiscard', undefined),
    openExternal: async () => {
      throw new UserFacingError('Only web links (http and https) can be opened.');
    },
    setDocumentState: (...args: unknown[]) => void calls.push({ name: 'setDocumentState', args }),
    closeAfterSave: (...args: unknown[]) => void calls.push({ name: 'closeAfterSave', args }),
  } as unknown as InvokeHandlers & SendHandlers; // fakes record whatever reaches them
  const log = vi.fn();
  registerHostHandlers(ipc, handlers, {
    windowIdFor: (id) => (id === APP_WINDOW ? APP_WINDOW : null),
    refusedMessage: () => 'The request was refused.',
    log,
  });
  const event = (frame: FrameLike | null = appFrame, senderId = APP_WINDOW): IpcSenderEvent => ({
    sender: { id: senderId },
    senderFrame: frame,
  });
  const call = (channel: string, e: IpcSenderEvent, ...args: unknown[]) => {
    const listener = invoke.get(channel);
    if (!listener) throw new Error(`no handler on ${channel}`);
    return listener(e, ...args);
  };
  const post = (channel: string, e: IpcSenderEvent, ...args: unknown[]) => {
    const listener = send.get(channel);
    if (!listener) throw new Error(`no listener on ${channel}`);
    listener(e, ...args);
  };
  return { invoke, send, calls, call, post, event, log };
}

const refused = { ok: false, message: 'The request was refused.' };

describe('IPC registration', () => {
  test('listens on exactly the named channels', () => {
    const { invoke, send } = rig();
    expect([...invoke.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect([...send.keys()].sort()).toEqual(Object.values(SEND_CHANNELS).sort());
  });

  test('a valid message from the app window reaches its handler with the window id', async () => {
    const { call, calls, event } = rig();
    const reply = await call(INVOKE_CHANNELS.saveFile, event(), ref, 'text', { overwrite: true });
    expect(reply).toEqual({ ok: true, value: { status: 'saved', ref } });
    expect(calls).toEqual([
      { name: 'saveFile', args: [APP_WINDOW, ref, 'text', { overwrite: true }] },
    ]);
  });

  test.each([
    ['a wrong type', [{ handle: 42, name: 'a' }, 'text', {}]],
    ['a missing argument', [ref, 'text']],
    ['an extra argument', [ref, 'text', {}, 'extra']],
    ['text over the size limit', [ref, 'x'.repeat(MAX_DOCUMENT_CHARS + 1), {}]],
    ['no arguments at all', []],
  ])('a save with %s is refused', async (_label, args) => {
    const { call, calls, event } = rig();
    expect(await call(INVOKE_CHANNELS.saveFile, event(), ...args)).toEqual(refused);
    expect(calls).toEqual([]);
  });

  test.each([
    [
      'a key that could name a path',
      { key: '../../evil', ref: null, title: 't', savedAt: 1, text: '' },
    ],
    ['a negative time', { key: 'k', ref: null, title: 't', savedAt: -1, text: '' }],
    ['text that is not text', { key: 'k', ref: null, title: 't', savedAt: 1, text: { a: 1 } }],
  ])('a recovery write with %s is refused', async (_label, entry) => {
    const { call, calls, event } = rig();
    expect(await call(INVOKE_CHANNELS.recoveryWrite, event(), entry)).toEqual(refused);
    expect(calls).toEqual([]);
  });

  test('the committed version is asked for a file ref, and nothing else', async () => {
    const { call, calls, event } = rig();
    const channel = INVOKE_CHANNELS.readCommittedVersion;
    expect(await call(channel, event(), { handle: '', name: 'a' })).toEqual(refused);
    expect(await call(channel, event(), ref, 'HEAD~1')).toEqual(refused);
    expect(await call(channel, event(), 'a.journey.json')).toEqual(refused);
    expect(calls).toEqual([]);
    expect(await call(channel, event(), ref)).toEqual({ ok: true, value: { status: 'notInRepo' } });
    expect(calls).toEqual([{ name: 'readCommittedVersion', args: [APP_WINDOW, ref] }]);
  });

  test('an export of an unknown type or of non-bytes is refused', async () => {
    const { call, calls, event } = rig();
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await call(INVOKE_CHANNELS.saveExport, event(), 'a', bytes, 'text/html')).toEqual(
      refused,
    );
    expect(await call(INVOKE_CHANNELS.saveExport, event(), 'a', [1, 2, 3], 'image/png')).toEqual(
      refused,
    );
    expect(calls).toEqual([]);
    expect(await call(INVOKE_CHANNELS.saveExport, event(), 'a', bytes, 'image/png')).toEqual({
      ok: true,
      value: true,
    });
  });

  test.each([
    ['an iframe inside the app', { url: 'app://journey-studio/frame.html', parent: appFrame }],
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///home/user/evil.html', parent: null }],
    ['another app:// host', { url: 'app://other/index.html', parent: null }],
    ['a frame that is gone', null],
  ])('a message from %s is refused', async (_label, frame) => {
    const { call, post, calls, event, log } = rig();
    expect(await call(INVOKE_CHANNELS.openFile, event(frame as FrameLike | null))).toEqual(refused);
    post(SEND_CHANNELS.closeAfterSave, event(frame as FrameLike | null), true);
    expect(calls).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not an app window'));
  });

  test('a message from a web contents that is not an app window is refused', async () => {
    const { call, calls, event } = rig();
    expect(await call(INVOKE_CHANNELS.recoveryList, event(appFrame, 99))).toEqual(refused);
    expect(calls).toEqual([]);
  });

  test('send channels validate too', () => {
    const { post, calls, event } = rig();
    post(SEND_CHANNELS.setDocumentState, event(), { title: 't', ref: null, dirty: 'yes' });
    post(SEND_CHANNELS.closeAfterSave, event(), 'true');
    expect(calls).toEqual([]);
    post(SEND_CHANNELS.setDocumentState, event(), { title: 't', ref: null, dirty: true });
    post(SEND_CHANNELS.closeAfterSave, event(), false);
    expect(calls.map((c) => c.args)).toEqual([
      [APP_WINDOW, { title: 't', ref: null, dirty: true }],
      [APP_WINDOW, false],
    ]);
  });

  test('a handler failure reaches the renderer as its message', async () => {
    const { call, event } = rig();
    expect(await call(INVOKE_CHANNELS.openExternal, event(), 'file:///etc/passwd')).toEqual({
      ok: false,
      message: 'Only web links (http and https) can be opened.',
    });
  });
});
