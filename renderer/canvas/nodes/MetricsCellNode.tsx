import type { NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { metricLineText, metricRows } from '../../../shared/metrics';
import { useEditor } from '../../store';
import type { MetricsCellNode as MetricsCellNodeType } from '../nodeTypes';
import { useSticky } from '../useSticky';
import { MetricMarks, newsClass } from './MetricMarks';
import { TextBlockView } from './TextBlockView';

const ALONG_Y = ['y'] as const;

/** Each metric's sentence at one stage ("Checkout: Conversion 12.5%, up 1.6 points, …"). */
function useLineTexts(stageId: string): { stageName: string; texts: Map<string, string> } {
  const { t } = useTranslation();
  const metrics = useEditor((s) => s.doc?.metrics);
  const measurements = useEditor((s) => s.doc?.measurements);
  const language = useEditor((s) => s.doc?.language ?? 'en');
  const stageName = useEditor((s) => s.doc?.stages.find((x) => x.id === stageId)?.name ?? '');
  return useMemo(() => {
    const texts = new Map<string, string>();
    for (const row of metricRows({ metrics: metrics ?? [], measurements: measurements ?? [] })) {
      const value = row.values.get(stageId);
      if (value)
        texts.set(row.metric.id, metricLineText(stageName, row.metric, value, language, t));
    }
    return { stageName, texts };
  }, [metrics, measurements, language, stageName, stageId, t]);
}

/**
 * A stage's cell of the metrics lane: a list named "Metrics at <stage>" whose items are
 * sentences for screen readers, drawn as the layout placed them (value, change, marks).
 * Frozen with the stage headers above it while the map pans down.
 */
export const MetricsCellNode = memo(function MetricsCellNode({
  data,
}: NodeProps<MetricsCellNodeType>) {
  const { t } = useTranslation();
  const { cell, band, map } = data;
  const sticky = useSticky<HTMLDivElement>(ALONG_Y, band, map);
  const { stageName, texts } = useLineTexts(cell.stageId);
  return (
    <div className="js-sticky" ref={sticky}>
      <ul
        className="js-metrics-cell"
        aria-label={t('metrics.lane.cell', { stage: stageName })}
        data-stage-id={cell.stageId}
        style={{ top: cell.y, width: cell.width, height: cell.height }}
      >
        {cell.lines.map((line) => (
          <li key={line.metricId}>
            <span className="js-visually-hidden">{texts.get(line.metricId)}</span>
            <TextBlockView block={line.value} originX={cell.x} originY={cell.y} />
            {line.change && (
              <TextBlockView
                block={line.change.text}
                originX={cell.x}
                originY={cell.y}
                className={newsClass(line.change.improved)}
              />
            )}
          </li>
        ))}
      </ul>
      <MetricMarks lines={cell.lines} cell={cell} />
    </div>
  );
});
