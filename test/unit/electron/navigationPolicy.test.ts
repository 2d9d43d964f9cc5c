import { describe, expect, test } from 'vitest';
import {
  decideLeave,
  isAllowedRequestUrl,
  safeExternalUrl,
} from '../../../electron/main/security/navigationPolicy';

describe('leaving the app', () => {
  test('navigation is always denied; web links open in the OS browser instead', () => {
    expect(decideLeave('https://example.com/a?b=1')).toEqual({
      allow: false,
      openExternally: 'https://example.com/a?b=1',
    });
    expect(decideLeave('http://intranet.local/')).toEqual({
      allow: false,
      openExternally: 'http://intranet.local/',
    });
  });

  test.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://journey-studio/index.html',
    'vbscript:msgbox',
    'https://',
    'not a url',
  ])('%s is never handed to the OS', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
    expect(decideLeave(url)).toEqual({ allow: false, openExternally: null });
  });

  test('the page may request only its own files and in-memory data', () => {
    expect(isAllowedRequestUrl('app://journey-studio/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://journey-studio/1234')).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:8080/',
      'wss://evil.example/socket',
      'file:///etc/passwd',
      'ftp://x/y',
    ]) {
      expect(isAllowedRequestUrl(url)).toBe(false);
    }
  });
});
