import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  APP_ENTRY_URL,
  createAppRequestHandler,
  resolveAppAsset,
} from '../../../electron/main/security/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/contentSecurityPolicy';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();

/** A renderer folder `root/app` next to a secret the page must never reach. */
function layout() {
  const base = tempDir();
  const root = path.join(base, 'app');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Journey Studio</title>');
  writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'private key');
  writeFileSync(path.join(base, 'app-secret.txt'), 'sibling with a shared prefix');
  return { base, root };
}

describe('app:// file resolution', () => {
  test('serves files inside the renderer folder', () => {
    const { root } = layout();
    expect(resolveAppAsset(root, APP_ENTRY_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://journey-studio/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://journey-studio/assets/index.js?v=1#x')).toBe(
      path.join(root, 'assets', 'index.js'),
    );
    expect(resolveAppAsset(root, 'app://journey-studio/assets/my%20font.woff2')).toBe(
      path.join(root, 'assets', 'my font.woff2'),
    );
  });

  test.each([
    'app://journey-studio/../secret.txt',
    'app://journey-studio/assets/../../secret.txt',
    'app://journey-studio/%2e%2e/secret.txt',
    'app://journey-studio/%2E%2E%2Fsecret.txt',
    'app://journey-studio/..%2f..%2fsecret.txt',
    'app://journey-studio/..%5csecret.txt',
    'app://journey-studio/assets%5c..%5c..%5csecret.txt',
    'app://journey-studio/C:%5cWindows%5cwin.ini',
    'app://journey-studio/C:/Windows/win.ini',
    'app://journey-studio/%00index.html',
    'app://journey-studio/%E0%A4%A',
    'app://journey-studio/..',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://journey-studio/index.html',
    'not a url',
  ])('never leaves the renderer folder for %s', (url) => {
    const { root, base } = layout();
    const resolved = resolveAppAsset(root, url);
    // Either refused outright, or (dot segments the URL parser already removed) inside root.
    if (resolved !== null) {
      expect(path.relative(root, resolved).startsWith('..')).toBe(false);
      expect(resolved.startsWith(base + path.sep + 'secret')).toBe(false);
    }
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
  });

  test('encoded separators with dot segments are refused outright', () => {
    const { root } = layout();
    expect(resolveAppAsset(root, 'app://journey-studio/..%2fsecret.txt')).toBeNull();
    expect(resolveAppAsset(root, 'app://journey-studio/..%5csecret.txt')).toBeNull();
  });
});

describe('app:// responses', () => {
  test('a page is served with the strict CSP header and its content type', async () => {
    const { root } = layout();
    const handle = createAppRequestHandler(root);
    const response = await handle(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Journey Studio');
    const script = await handle(new Request('app://journey-studio/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  test('a secret outside the folder is never read: 404', async () => {
    const { root } = layout();
    const handle = createAppRequestHandler(root);
    for (const url of [
      'app://journey-studio/%2e%2e/secret.txt',
      'app://journey-studio/..%2fapp-secret.txt',
      'app://journey-studio/missing.js',
    ]) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('');
    }
  });

  test('only GET and HEAD are answered', async () => {
    const { root } = layout();
    const handle = createAppRequestHandler(root);
    const response = await handle(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
