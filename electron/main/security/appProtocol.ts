/**
 * The `app://journey-studio/…` protocol that serves the renderer's built files, so the
 * page has a real origin (not `file://`) and can reach nothing but its own folder.
 * Plain Node: main registers `createAppRequestHandler` with `protocol.handle`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'journey-studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that an `app://` URL names, or null for anything that is not
 * plainly inside `root`: another host, `..` (raw or percent-encoded), backslashes, drive
 * letters, NUL bytes, malformed escapes.
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(pathname)) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) segments.push('index.html');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  const base = path.resolve(root);
  const resolved = path.resolve(base, ...segments);
  const relative = path.relative(base, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'content-type': contentTypeFor(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** The `protocol.handle('app', …)` handler: GET and HEAD of files under `root`, else 404. */
export function createAppRequestHandler(
  root: string,
  // A copy into a plain ArrayBuffer: what `Response` takes (the files are small).
  readFile: (file: string) => Promise<Uint8Array<ArrayBuffer>> = async (file) =>
    new Uint8Array(await fs.readFile(file)),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405 });
    }
    const file = resolveAppAsset(root, request.url);
    if (!file) return new Response(null, { status: 404 });
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(file);
    } catch {
      return new Response(null, { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: appResponseHeaders(file),
    });
  };
}
