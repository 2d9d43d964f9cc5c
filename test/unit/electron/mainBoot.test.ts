/**
 * Boots the real bundled main process in plain Node against a recording stand-in for
 * `electron` (the Electron binary cannot run here): it must start without errors, lock
 * itself down before it is ready, open a file named on the command line in a window that
 * loads app://, serve the page with the CSP, and answer IPC only from its own window.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../../../electron/bundleOptions.mjs';
import { describe, expect, test } from 'vitest';
import { INVOKE_CHANNELS } from '../../../electron/ipc/channels';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();

interface BootReport {
  log: { call: string; [key: string]: unknown }[];
  windows: { url: string; webPreferences: Record<string, unknown>; title?: string }[];
  sent: { channel: string; payload: { type: string; file?: { text: string } } }[][];
  channels: { invoke: string[]; send: string[] };
  menu: string[];
  list: unknown;
  foreign: unknown;
  badPayload: unknown;
  page: { status: number; csp: string; body: string };
  escape: number;
  navigation: { prevented: boolean };
  popup: unknown;
  closePrevented: boolean;
}

async function boot(): Promise<BootReport> {
  const root = tempDir();
  await build({
    ...NODE_BUNDLE,
    entryPoints: ['electron/main/main.ts'],
    outfile: path.join(root, 'dist', 'electron', 'main.cjs'),
    logLevel: 'silent',
  });
  mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  cpSync(
    'test/unit/electron/helpers/fakeElectron.cjs',
    path.join(root, 'node_modules', 'electron', 'index.js'),
  );
  mkdirSync(path.join(root, 'dist', 'renderer'));
  writeFileSync(path.join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><p>app</p>');
  const map = path.join(root, 'launch.journey.json');
  writeFileSync(map, '{"title":"from argv"}');

  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(root, 'dist', 'electron', 'main.cjs'), 'launch.journey.json', '--some-flag'],
    { cwd: root, env: { ...process.env, FAKE_ELECTRON_ROOT: root }, timeout: 30_000 },
  );
  return JSON.parse(stdout) as BootReport;
}

describe('the main process boots', () => {
  test('locks down, opens the launch file, serves the page, gates IPC', async () => {
    const report = await boot();
    const calls = report.log.map((entry) => entry.call);

    // Before ready: sandbox for all renderers, app:// as a standard secure scheme.
    expect(report.log.find((e) => e.call === 'enableSandbox')?.ready).toBe(false);
    const schemes = report.log.find((e) => e.call === 'registerSchemesAsPrivileged');
    expect(schemes?.ready).toBe(false);
    expect(schemes?.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    // The single-instance lock carries the files for a running app.
    expect(report.log.find((e) => e.call === 'requestSingleInstanceLock')?.data).toEqual({
      files: [expect.stringMatching(/launch\.journey\.json$/)],
    });
    // Permissions denied, remote requests cancelled.
    expect(
      report.log.filter((e) => e.call.startsWith('permission') || e.call === 'devicePermission'),
    ).toEqual([
      { call: 'permissionRequest', granted: false },
      { call: 'permissionCheck', granted: false },
      { call: 'devicePermission', granted: false },
    ]);
    expect(report.log.filter((e) => e.call === 'request')).toEqual([
      { call: 'request', url: 'https://example.com/x.js', cancel: true },
      { call: 'request', url: 'app://journey-studio/index.html', cancel: false },
    ]);
    expect(calls).toContain('protocol.handle');

    // One window, from app://, locked down, given the launch file once its page loaded.
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]?.url).toBe('app://journey-studio/index.html');
    expect(report.windows[0]?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(report.sent[0]).toEqual([
      expect.objectContaining({
        channel: 'host:command',
        payload: expect.objectContaining({
          type: 'openFile',
          file: expect.objectContaining({ text: '{"title":"from argv"}' }),
        }),
      }),
    ]);
    expect(report.windows[0]?.title).toBe('T — Journey Studio');
    expect(report.menu).toEqual(['File', 'Edit', 'View', 'Help']);

    // The page comes with the CSP; escaping the renderer folder is a 404.
    expect(report.page.status).toBe(200);
    expect(report.page.csp).toContain("script-src 'self'");
    expect(report.page.body).toContain('app');
    expect(report.escape).toBe(404);

    // IPC: answered for the app's frame, refused for another origin or a bad payload.
    expect(report.channels.invoke).toHaveLength(Object.keys(INVOKE_CHANNELS).length);
    expect(report.list).toEqual({ ok: true, value: [] });
    expect(report.foreign).toEqual({ ok: false, message: 'The request was refused.' });
    expect(report.badPayload).toEqual({ ok: false, message: 'The request was refused.' });

    // Navigation and pop-ups denied; web links go to the OS browser.
    expect(report.navigation.prevented).toBe(true);
    expect(report.popup).toEqual({ action: 'deny' });
    expect(report.log.filter((e) => e.call === 'openExternal')).toEqual([
      { call: 'openExternal', url: 'https://example.com/' },
      { call: 'openExternal', url: 'https://example.com/popup' },
    ]);
    // A clean window closes without a prompt; the app quits when the last one is gone.
    expect(report.closePrevented).toBe(false);
    expect(calls).toContain('quit');
  }, 60_000);
});
