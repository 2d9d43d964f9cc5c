import { Pause, Play, RotateCcw } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../store';
import {
  fitMinutes,
  formatClock,
  MAX_TIMER_MINUTES,
  pauseTimer,
  remainingMs,
  resetTimer,
  setTimerMinutes,
  startTimer,
  timerStatus,
} from './timer';

/**
 * The timebox: minutes, start/pause, reset, and the time left in large figures. When time is
 * up the clock turns red (and pulses unless the user asked for reduced motion) and an
 * assertive live region says so.
 */
export function WorkshopTimer() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const timer = useEditor((s) => s.workshop.timer);
  const [now, setNow] = useState(() => Date.now());
  const minutesId = useId();
  const status = timerStatus(timer, now);
  const set = (next: typeof timer) => store.getState().setWorkshopView({ timer: next });

  // Ticks while running; says "time is up" once, when it happens.
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (timer.endsAt === null) return;
    const tick = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (remainingMs(timer, at) > 0) return;
      setAnnouncement(t('workshop.timer.up'));
      window.clearInterval(tick);
    }, 250);
    return () => window.clearInterval(tick);
  }, [timer, t]);

  const running = status === 'running';
  return (
    <div className={`js-workshop-timer is-${status}`}>
      <label htmlFor={minutesId} className="js-workshop-minutes">
        {t('workshop.timer.minutes')}
        <input
          id={minutesId}
          type="number"
          min={1}
          max={MAX_TIMER_MINUTES}
          value={Math.round(timer.durationMs / 60_000)}
          disabled={running}
          onChange={(event) => {
            const minutes = Number.parseInt(event.target.value, 10);
            if (Number.isFinite(minutes)) set(setTimerMinutes(timer, fitMinutes(minutes)));
          }}
        />
      </label>
      <button
        type="button"
        className="js-workshop-button js-workshop-icon"
        aria-label={running ? t('workshop.timer.pause') : t('workshop.timer.start')}
        title={running ? t('workshop.timer.pause') : t('workshop.timer.start')}
        onClick={() => {
          const at = Date.now();
          set(running ? pauseTimer(timer, at) : startTimer(timer, at));
          setNow(at);
          setAnnouncement('');
        }}
      >
        {running ? <Pause aria-hidden size={26} /> : <Play aria-hidden size={26} />}
      </button>
      <button
        type="button"
        className="js-workshop-button js-workshop-icon"
        aria-label={t('workshop.timer.reset')}
        title={t('workshop.timer.reset')}
        onClick={() => set(resetTimer(timer))}
      >
        <RotateCcw aria-hidden size={26} />
      </button>
      <span className="js-workshop-clock" role="timer" aria-label={t('workshop.timer.left')}>
        {status === 'up' ? t('workshop.timer.upShort') : formatClock(remainingMs(timer, now))}
      </span>
      <span className="js-visually-hidden" aria-live="assertive">
        {announcement}
      </span>
    </div>
  );
}
