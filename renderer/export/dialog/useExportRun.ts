import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../../shared/host';
import type { JourneyMap } from '../../../shared/model';
import { exportData, type DataFormat } from '../dataExport';
import { exportMap } from '../exportMap';
import type { ExportOptions } from '../../../shared/export/options';
import { isAbortError } from '../../../shared/export/progress';

export type RunState =
  | { phase: 'idle'; message?: string }
  | { phase: 'running'; progress: number }
  | { phase: 'saving' };

/**
 * Runs one export at a time with progress and Cancel (an AbortController the exporters check
 * between tiles and pages), then hands the file to the host to save. A data format (CSV, XLSX,
 * Mermaid) replaces the picture that `options` describe. Closing the dialog
 * cancels a running export.
 */
export function useExportRun(map: JourneyMap, host: Host) {
  const { t } = useTranslation();
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (options: ExportOptions, dataFormat: DataFormat | null = null) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'running', progress: 0 });
      const translate = (key: string, params?: Record<string, unknown>) => t(key, params ?? {});
      try {
        const result = dataFormat
          ? await exportData(map, dataFormat, translate)
          : await exportMap(map, options, {
              t: translate,
              signal: abort.signal,
              onProgress: (progress) => {
                if (!abort.signal.aborted) setState({ phase: 'running', progress });
              },
            });
        setState({ phase: 'saving' });
        const saved = await host.saveExport(result.fileName, result.bytes, result.mimeType);
        setState({
          phase: 'idle',
          message: saved ? t('export.saved', { name: result.fileName }) : t('export.notSaved'),
        });
      } catch (error) {
        setState({
          phase: 'idle',
          message: isAbortError(error)
            ? t('export.cancelled')
            : t('export.failed', {
                reason: error instanceof Error ? error.message : String(error),
              }),
        });
      } finally {
        controller.current = null;
      }
    },
    [map, host, t],
  );

  const cancel = useCallback(() => {
    controller.current?.abort(new DOMException('Export cancelled', 'AbortError'));
  }, []);

  return { state, start, cancel };
}
