/** The desktop core wired to fake windows and dialogs, on real temp folders. */
import { DesktopCore } from '../../../../electron/main/desktopCore';
import { createTranslate } from '../../../../electron/main/i18n';
import { FakeDialogs, FakeWindows } from './fakeShell';

export function createHostRig(userData: string, documents: string) {
  const dialogs = new FakeDialogs();
  // The fake registers windows in the core's records, as main's `created` event does.
  const shell: FakeWindows = new FakeWindows(() => core.windows);
  const core: DesktopCore = new DesktopCore({
    userData,
    shell,
    dialogs,
    t: createTranslate('en-US'),
    defaultFolder: () => documents,
    watchDebounceMs: 50,
  });
  const { windows, recovery, recent, files, handlers, closeGuard } = core;
  return { core, windows, shell, dialogs, recovery, recent, files, handlers, closeGuard };
}
