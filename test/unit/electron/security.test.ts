/**
 * The Electron security checklist, read from the sources and the packaging config: if any
 * item is switched off or removed, this test names it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/contentSecurityPolicy';

const read = (file: string) => readFileSync(file, 'utf8');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.(ts|js|cjs|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const electronSources = sourcesUnder('electron');
const allElectronCode = electronSources.map((file) => `// ${file}\n${read(file)}`).join('\n');

/** The object literal properties of `webPreferences` in every `new BrowserWindow({...})`. */
function browserWindowPreferences(): Map<string, string>[] {
  const found: Map<string, string>[] = [];
  for (const file of electronSources) {
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'BrowserWindow') {
        const options = node.arguments?.[0];
        const prefs =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find((p) => p.name?.getText(source) === 'webPreferences')
            : undefined;
        const values = new Map<string, string>();
        if (
          prefs &&
          ts.isPropertyAssignment(prefs) &&
          ts.isObjectLiteralExpression(prefs.initializer)
        ) {
          for (const p of prefs.initializer.properties) {
            if (ts.isPropertyAssignment(p))
              values.set(p.name.getText(source), p.initializer.getText(source));
          }
        }
        found.push(values);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('window hardening', () => {
  const windows = browserWindowPreferences();

  test('every window is created with the locked-down webPreferences literal', () => {
    expect(windows.length).toBeGreaterThan(0);
    for (const prefs of windows) {
      expect(prefs.get('contextIsolation')).toBe('true');
      expect(prefs.get('sandbox')).toBe('true');
      expect(prefs.get('nodeIntegration')).toBe('false');
      expect(prefs.get('nodeIntegrationInWorker')).toBe('false');
      expect(prefs.get('nodeIntegrationInSubFrames')).toBe('false');
      expect(prefs.get('webSecurity')).toBe('true');
      expect(prefs.get('allowRunningInsecureContent')).toBe('false');
      expect(prefs.get('webviewTag')).toBe('false');
      expect(prefs.get('navigateOnDragDrop')).toBe('false');
      expect(prefs.get('experimentalFeatures')).toBe('false');
      expect(prefs.get('devTools')).toBe('this.options.devTools');
    }
  });

  test('nothing in electron/ switches a protection off', () => {
    for (const unsafe of [
      /nodeIntegration\s*:\s*true/,
      /contextIsolation\s*:\s*false/,
      /sandbox\s*:\s*false/,
      /webSecurity\s*:\s*false/,
      /allowRunningInsecureContent\s*:\s*true/,
      /webviewTag\s*:\s*true/,
      /enableRemoteModule/,
      /@electron\/remote/,
      /ELECTRON_DISABLE_SECURITY_WARNINGS/,
      /loadFile\(/,
      /file:\/\/.*loadURL|loadURL\([^)]*file:/,
    ]) {
      expect(allElectronCode, `found ${unsafe}`).not.toMatch(unsafe);
    }
  });

  test('the sandbox is on for every renderer and dev tools only in development', () => {
    const main = read('electron/main/main.ts');
    expect(main).toContain('app.enableSandbox()');
    expect(main).toMatch(/devTools: !app\.isPackaged/);
    // Scheme registration and sandboxing happen before the app is ready.
    expect(main.indexOf('registerAppScheme()')).toBeLessThan(main.indexOf('whenReady'));
    expect(main.indexOf('app.enableSandbox()')).toBeLessThan(main.indexOf('whenReady'));
  });

  test('the app loads from its own app:// protocol, never a remote origin or file://', () => {
    const windows = read('electron/main/shell/electronWindows.ts');
    expect(windows).toContain('win.loadURL(this.options.entryUrl)');
    expect(read('electron/main/main.ts')).toContain('entryUrl: APP_ENTRY_URL');
    const hardening = read('electron/main/shell/hardening.ts');
    expect(hardening).toMatch(/standard: true, secure: true/);
    expect(hardening).toContain('session.protocol.handle(APP_SCHEME, createAppRequestHandler(');
  });

  test('navigation, new windows and webviews are denied for every web contents', () => {
    const hardening = read('electron/main/shell/hardening.ts');
    expect(hardening).toMatch(
      /app\.on\('web-contents-created', \(_event, contents\) => hardenWebContents\(contents\)\)/,
    );
    expect(hardening).toMatch(/'will-navigate', \(event, url\) => \{\s*event\.preventDefault\(\);/);
    expect(hardening).toMatch(/'will-redirect', \(event\) => event\.preventDefault\(\)/);
    expect(hardening).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(hardening).toMatch(/setWindowOpenHandler\([^]*?return \{ action: 'deny' \};/);
    expect(hardening).not.toMatch(/action: 'allow'/);
    expect(read('electron/main/main.ts')).toContain('hardenAllWebContents()');
  });

  test('every permission request and check is denied', () => {
    const hardening = read('electron/main/shell/hardening.ts');
    expect(hardening).toContain(
      'setPermissionRequestHandler((_contents, _permission, callback) => callback(false))',
    );
    expect(hardening).toContain('setPermissionCheckHandler(() => false)');
    expect(hardening).toContain('setDevicePermissionHandler(() => false)');
    expect(allElectronCode).not.toMatch(/callback\(true\)/);
  });

  test('requests leave the app for nowhere: webRequest cancels what is not the app’s', () => {
    expect(read('electron/main/shell/hardening.ts')).toContain(
      'callback({ cancel: !isAllowedRequestUrl(details.url) })',
    );
  });

  test('shell.openExternal is only reached through the http/https check', () => {
    const callers = electronSources.filter((file) => read(file).includes('openExternal('));
    expect(callers.sort()).toEqual(
      [
        'electron/main/host/hostService.ts',
        'electron/main/host/shell.ts',
        'electron/main/shell/electronWindows.ts',
        'electron/main/shell/hardening.ts',
      ].map((f) => path.normalize(f)),
    );
    expect(read('electron/main/shell/hardening.ts')).toMatch(
      /const external = decideLeave\(url\)\.openExternally;\s*if \(external\) void shell\.openExternal\(external\);/,
    );
    expect(read('electron/main/host/hostService.ts')).toMatch(
      /const safe = safeExternalUrl\(url\);\s*if \(!safe\) throw[^;]*;\s*await shell\.openExternal\(safe\);/,
    );
  });
});

describe('IPC surface', () => {
  test('main listens only through the gated registration', () => {
    const direct = electronSources.filter((file) => /ipcMain\.(handle|on|once)\(/.test(read(file)));
    expect(direct).toEqual([]);
    expect(read('electron/main/main.ts')).toMatch(/registerHostHandlers\(\s*ipcMain,/);
    const registration = read('electron/main/ipc/registerHostHandlers.ts');
    expect(registration).toContain('isAppTopFrame(event.senderFrame)');
    expect(registration).toContain('.safeParse(args)');
  });

  test('the preload exposes one object and names every channel through the allowlist', () => {
    const preload = read('electron/preload/preload.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toContain("exposeInMainWorld('journeyStudioHost', host)");
    // No channel as a string literal, no raw ipcRenderer handed to the page.
    expect(preload).not.toMatch(/ipcRenderer\.(invoke|send|on|sendSync)\(\s*['"`]/);
    expect(preload).not.toMatch(/sendSync|exposeInMainWorld\([^)]*ipcRenderer/);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  test('no inline or evaluated script, no remote origin anywhere', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(`${name} ${value}`).not.toMatch(/https?:|wss?:|\*|'unsafe-eval'|'strict-dynamic'/);
      }
    }
  });

  test('index.html carries no inline script and no remote origin either', () => {
    const html = read('renderer/index.html');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
  });
});

describe('packaging', () => {
  const pkg = JSON.parse(read('package.json')) as {
    scripts: Record<string, string>;
    build: Record<string, unknown> & {
      electronFuses: Record<string, boolean>;
      fileAssociations: { ext: string; mimeType?: string }[];
      linux: { target: string[]; icon: string; desktop?: { entry?: Record<string, string> } };
      win: { target: string[]; icon: string };
      mac: { target: string[]; icon: string };
    };
  };

  test('Electron fuses are flipped at packaging', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(pkg.build.asar).toBe(true);
  });

  test('the config is valid for electron-builder (its own schema)', () => {
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(pkg.build), JSON.stringify(validate.errors)).toBe(true);
  });

  test('AppImage, deb, NSIS and dmg; the .journey.json association with a MIME type', () => {
    expect(pkg.build.linux.target).toEqual(['AppImage', 'deb']);
    expect(pkg.build.win.target).toEqual(['nsis']);
    expect(pkg.build.mac.target).toEqual(['dmg']);
    expect(pkg.build.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'journey.json',
        mimeType: 'application/vnd.journey-studio.map+json',
      }),
    ]);
    expect(pkg.build.linux.desktop?.entry?.Name).toBe('Journey Studio');
    expect(pkg.scripts.dist).toContain('electron-builder');
  });

  test('the icons it names exist, at the sizes each platform needs', () => {
    expect(existsSync(pkg.build.win.icon)).toBe(true);
    expect(existsSync(pkg.build.mac.icon)).toBe(true);
    const linux = readdirSync(pkg.build.linux.icon);
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(linux).toContain(`${size}x${size}.png`);
    expect(read(pkg.build.mac.icon).slice(0, 4)).toBe('icns');
    const ico = readFileSync(pkg.build.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon resource
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(6); // several sizes
  });
});
