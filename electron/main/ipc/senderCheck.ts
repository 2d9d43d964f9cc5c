/**
 * Who may talk to main: only the top frame of an app window showing the app's own origin.
 * An iframe, a page that somehow navigated elsewhere, or a frame that is already gone
 * (`senderFrame` null) is refused.
 */
import { APP_ORIGIN } from '../security/appProtocol';

/** The part of Electron's `WebFrameMain` the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

export function isAppTopFrame(frame: FrameLike | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
