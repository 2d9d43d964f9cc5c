/**
 * What the app's web pages may leave for: nothing. Navigation and new windows are always
 * denied; a web link (http/https only) is handed to the OS browser instead.
 */

/** The URL to give `shell.openExternal`, or null when it must not leave the app. */
export function safeExternalUrl(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  return url.href;
}

export interface LeaveDecision {
  /** Always false: the page itself stays where it is. */
  readonly allow: false;
  /** A web link to open in the OS browser instead, if any. */
  readonly openExternally: string | null;
}

/** For `will-navigate`, `will-redirect` and `setWindowOpenHandler` alike. */
export function decideLeave(url: string): LeaveDecision {
  return { allow: false, openExternally: safeExternalUrl(url) };
}

/**
 * Requests the page may make at all (`webRequest`): its own protocol and in-memory data.
 * Belt and braces under the CSP: no http(s), ws(s), file or ftp request leaves the app.
 */
export function isAllowedRequestUrl(url: string): boolean {
  const protocol = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return ['app:', 'data:', 'blob:', 'devtools:'].includes(protocol);
}
