/**
 * The Electron side of the security checklist: every web contents may not navigate, open
 * windows or attach webviews (web links go to the OS browser, http/https only); the
 * session denies every permission and every request that is not the app's own; the
 * `app://` protocol serves the renderer with the CSP header.
 */
import { app, protocol, shell, type Session, type WebContents } from 'electron';
import { APP_SCHEME, createAppRequestHandler } from '../security/appProtocol';
import { decideLeave, isAllowedRequestUrl } from '../security/navigationPolicy';

/** Must run before `app` is ready: the scheme is standard and secure (a real origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function leaveToOsBrowser(url: string): void {
  const external = decideLeave(url).openExternally;
  if (external) void shell.openExternal(external);
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    leaveToOsBrowser(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leaveToOsBrowser(url);
    return { action: 'deny' };
  });
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

export function hardenSession(session: Session, rendererRoot: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
}
