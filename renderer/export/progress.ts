/**
 * What every exporter takes besides the map: where to report progress (0…1), a signal that
 * cancels, and a way to let the page breathe between tiles and pages.
 */
export interface ExportRun {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** Throws the signal's AbortError when the user cancelled. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Export cancelled', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Gives the event loop a turn (input, paint, the Cancel button) and then checks for
 * cancellation. A message-channel turn, not setTimeout, which background tabs slow to 1 s.
 */
export async function breathe(signal: AbortSignal | undefined): Promise<void> {
  checkAborted(signal);
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
  checkAborted(signal);
}

/** Progress of step `done` of `total`, mapped into [from, to]. */
export function stepProgress(run: ExportRun, done: number, total: number, from = 0, to = 1): void {
  run.onProgress?.(from + ((to - from) * Math.min(done, total)) / Math.max(1, total));
}
