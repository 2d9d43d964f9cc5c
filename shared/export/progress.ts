/**
 * What every exporter takes besides the map: where to report progress (0…1), a signal that
 * cancels, and a way to let the host breathe between tiles and pages. Pure: the page passes
 * its AbortSignal and a message-channel turn, plain Node passes nothing.
 */

/** The part of an AbortSignal the core reads (the DOM's and Node's both fit). */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export interface ExportRun {
  signal?: CancelSignal;
  onProgress?: (fraction: number) => void;
  /** Gives the host's event loop a turn (input, paint, the Cancel button); default: none. */
  yieldTurn?: () => Promise<void>;
}

/** Thrown when a run is cancelled and its signal names no reason of its own. */
export class ExportCancelled extends Error {
  override name = 'AbortError';
}

/** Throws the signal's reason when the user cancelled. */
export function checkAborted(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new ExportCancelled('Export cancelled');
}

/** A cancellation, from our own signal or the DOM's (both are named AbortError). */
export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** Checks for cancellation, lets the host take a turn, and checks again. */
export async function breathe(run: ExportRun): Promise<void> {
  checkAborted(run.signal);
  await run.yieldTurn?.();
  checkAborted(run.signal);
}

/** Progress of step `done` of `total`, mapped into [from, to]. */
export function stepProgress(run: ExportRun, done: number, total: number, from = 0, to = 1): void {
  run.onProgress?.(from + ((to - from) * Math.min(done, total)) / Math.max(1, total));
}
