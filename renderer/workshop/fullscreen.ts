/**
 * Full screen for workshop mode, where the browser allows it: a request refused (no user
 * gesture, an iframe without permission, a kiosk) leaves workshop mode working in the window.
 */
let requestedByUs = false;

export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  requestedByUs = true;
  root.requestFullscreen().catch(() => {
    requestedByUs = false;
  });
}

export function leaveFullscreen(): void {
  if (!requestedByUs) return;
  requestedByUs = false;
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** Calls `onLeft` when full screen that workshop mode asked for ends (Esc or F11 in the browser). */
export function onFullscreenLeft(onLeft: () => void): () => void {
  const listener = () => {
    if (requestedByUs && !document.fullscreenElement) {
      requestedByUs = false;
      onLeft();
    }
  };
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}
