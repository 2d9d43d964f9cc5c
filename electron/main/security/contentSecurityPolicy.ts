/**
 * The page's Content Security Policy, sent as a response header by the `app://` protocol
 * (index.html carries the same policy as a meta tag for the browser edition; a page
 * obeys both). No inline or remote script, no remote origin at all; inline *styles* are
 * allowed because React Flow positions nodes with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The metrics import parses in a module worker bundled with the app.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
