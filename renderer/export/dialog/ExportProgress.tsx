import { useTranslation } from 'react-i18next';
import type { RunState } from './useExportRun';

/** The progress bar while an export runs, then what became of it (announced politely). */
export function ExportProgress({ state }: { state: RunState }) {
  const { t } = useTranslation();
  const percent =
    state.phase === 'running'
      ? Math.round(state.progress * 100)
      : state.phase === 'saving'
        ? 100
        : 0;
  return (
    <div className="export-progress">
      {state.phase !== 'idle' && (
        <progress max={100} value={percent} aria-label={t('export.progress', { percent })} />
      )}
      <p role="status" className="export-status">
        {state.phase === 'idle' ? (state.message ?? '') : t('export.progress', { percent })}
      </p>
    </div>
  );
}
