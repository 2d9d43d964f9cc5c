/**
 * Runs the real preload against a stand-in `electron` module: it exposes one object, talks
 * only on the named channels, and hands main plain, well-shaped arguments.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Host, HostCommand } from '../../../shared/host';
import { COMMAND_CHANNEL, INVOKE_CHANNELS, SEND_CHANNELS } from '../../../electron/ipc/channels';

const exposed = new Map<string, unknown>();
const invoked: { channel: string; args: unknown[] }[] = [];
const sent: { channel: string; args: unknown[] }[] = [];
let commandListener: ((event: unknown, command: HostCommand) => void) | undefined;
let reply: unknown = { ok: true, value: null };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      invoked.push({ channel, args });
      return reply;
    },
    send: (channel: string, ...args: unknown[]) => sent.push({ channel, args }),
    on: (channel: string, listener: (event: unknown, command: HostCommand) => void) => {
      if (channel === COMMAND_CHANNEL) commandListener = listener;
    },
  },
  webUtils: { getPathForFile: (file: { path?: string }) => file.path ?? '' },
}));

async function loadPreload(): Promise<Host> {
  vi.resetModules();
  exposed.clear();
  await import('../../../electron/preload/preload');
  return exposed.get('journeyStudioHost') as Host;
}

beforeEach(() => {
  invoked.length = 0;
  sent.length = 0;
  reply = { ok: true, value: null };
});

describe('preload', () => {
  test('exposes exactly one object: the Host', async () => {
    const host = await loadPreload();
    expect([...exposed.keys()]).toEqual(['journeyStudioHost']);
    expect(host.kind).toBe('electron');
  });

  test('uses only the named channels and sends plain copies', async () => {
    const host = await loadPreload();
    const ref = { handle: '/m.journey.json', name: 'm.journey.json', extra: 'dropped' };
    await host.saveFile(ref, 'text');
    await host.openFile();
    host.setDocumentState({ title: 't', ref, dirty: true });
    host.closeAfterSave(true);
    expect(invoked).toEqual([
      {
        channel: INVOKE_CHANNELS.saveFile,
        args: [{ handle: '/m.journey.json', name: 'm.journey.json' }, 'text', { overwrite: false }],
      },
      { channel: INVOKE_CHANNELS.openFile, args: [] },
    ]);
    expect(sent).toEqual([
      {
        channel: SEND_CHANNELS.setDocumentState,
        args: [
          { title: 't', ref: { handle: '/m.journey.json', name: 'm.journey.json' }, dirty: true },
        ],
      },
      { channel: SEND_CHANNELS.closeAfterSave, args: [true] },
    ]);
    const allowed = [...Object.values(INVOKE_CHANNELS), ...Object.values(SEND_CHANNELS)];
    for (const { channel } of [...invoked, ...sent]) expect(allowed).toContain(channel);
  });

  test('a refusal from main becomes a rejected promise with its message', async () => {
    const host = await loadPreload();
    reply = { ok: false, message: 'The request was refused.' };
    await expect(host.recovery.list()).rejects.toThrow('The request was refused.');
  });

  test('a dropped file is sent as its path; a drop without a path opens nothing', async () => {
    const host = await loadPreload();
    const withPath = { name: 'a.journey.json', path: '/d/a.journey.json', text: async () => '' };
    await host.openDroppedFile(withPath);
    expect(invoked).toEqual([
      { channel: INVOKE_CHANNELS.openDroppedFile, args: ['/d/a.journey.json'] },
    ]);
    expect(await host.openDroppedFile({ name: 'x', text: async () => '' })).toBeNull();
    expect(invoked).toHaveLength(1);
  });

  test('commands that arrive before the renderer listens are kept for it', async () => {
    const host = await loadPreload();
    const opened: HostCommand = {
      type: 'openFile',
      file: { ref: { handle: '/a', name: 'a' }, text: '{}' },
    };
    commandListener?.({}, opened);
    const received: HostCommand[] = [];
    const unsubscribe = host.onCommand((command) => received.push(command));
    commandListener?.({}, { type: 'action', id: 'save' });
    unsubscribe();
    commandListener?.({}, { type: 'action', id: 'undo' });
    expect(received).toEqual([opened, { type: 'action', id: 'save' }]);
  });
});
