/**
 * A countdown for timeboxed exercises as plain data, so that it can be tested without
 * waiting: the display asks `remainingMs(timer, now)` on each tick. `endsAt` is set while it
 * runs; when paused or stopped, `leftMs` holds what is left.
 */
export interface Timer {
  readonly durationMs: number;
  readonly leftMs: number;
  readonly endsAt: number | null;
}

export type TimerStatus = 'ready' | 'running' | 'paused' | 'up';

export const MAX_TIMER_MINUTES = 180;
const MINUTE = 60_000;

export function newTimer(minutes = 5): Timer {
  const durationMs = fitMinutes(minutes) * MINUTE;
  return { durationMs, leftMs: durationMs, endsAt: null };
}

/** Whole minutes from 1 to 180 (what the minutes field accepts). */
export function fitMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return 1;
  return Math.min(MAX_TIMER_MINUTES, Math.max(1, Math.round(minutes)));
}

export function remainingMs(timer: Timer, now: number): number {
  return timer.endsAt === null ? timer.leftMs : Math.max(0, timer.endsAt - now);
}

export function timerStatus(timer: Timer, now: number): TimerStatus {
  if (remainingMs(timer, now) === 0) return 'up';
  if (timer.endsAt !== null) return 'running';
  return timer.leftMs === timer.durationMs ? 'ready' : 'paused';
}

/** Starts or resumes; a timer that has run out starts again from its full time. */
export function startTimer(timer: Timer, now: number): Timer {
  if (timer.endsAt !== null && remainingMs(timer, now) > 0) return timer;
  const left = remainingMs(timer, now) === 0 ? timer.durationMs : timer.leftMs;
  return { ...timer, leftMs: left, endsAt: now + left };
}

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.endsAt === null) return timer;
  return { ...timer, leftMs: remainingMs(timer, now), endsAt: null };
}

export function resetTimer(timer: Timer): Timer {
  return { ...timer, leftMs: timer.durationMs, endsAt: null };
}

/** A new length, stopped at its full time. */
export function setTimerMinutes(timer: Timer, minutes: number): Timer {
  return newTimer(minutes);
}

/** `m:ss` (or `h:mm:ss`), rounded up so that 0:00 shows only when time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
