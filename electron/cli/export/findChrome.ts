import path from 'node:path';

/**
 * Where Chrome and Chromium are usually installed, in the order tried: Debian/Ubuntu and
 * other Linux packages, macOS application bundles, Windows (per machine and per user).
 */
export function chromeCandidates(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ];
    const home = env.HOME;
    return [
      ...apps.map((app) => `/Applications/${app}`),
      ...(home ? apps.map((app) => `${home}/Applications/${app}`) : []),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => typeof root === 'string' && root !== '',
    );
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/** The browser to drive: `explicit` if given (it must exist), else the first candidate found. */
export async function findChrome(
  explicit: string | undefined,
  exists: (file: string) => Promise<boolean>,
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<{ found: string } | { missing: string[] }> {
  if (explicit !== undefined)
    return (await exists(explicit)) ? { found: explicit } : { missing: [explicit] };
  const candidates = chromeCandidates(platform, env);
  for (const candidate of candidates) if (await exists(candidate)) return { found: candidate };
  return { missing: candidates };
}
