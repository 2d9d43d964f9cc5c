import type { NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_STYLES, textBlock } from '../../../shared/layout';
import type { MetricsHeaderNode as MetricsHeaderNodeType } from '../nodeTypes';
import { useSticky } from '../useSticky';
import { TextBlockView } from './TextBlockView';

const BOTH = ['x', 'y'] as const;

/**
 * The metrics lane's header: its title and the metric names, each on the line of its
 * values. Frozen at the start edge and under the stage headers, like the corner above it.
 * Hidden from screen readers: every cell's sentences name the metric and the stage.
 */
export const MetricsHeaderNode = memo(function MetricsHeaderNode({
  data,
}: NodeProps<MetricsHeaderNodeType>) {
  const { t } = useTranslation();
  const { header, metricIds, band, map } = data;
  // Frozen along x as the header column is, along y as the band of stage headers is.
  const frozen = useMemo(
    () => ({ x: header.x, y: band.y, width: header.width, height: band.height }),
    [header.x, header.width, band.y, band.height],
  );
  const sticky = useSticky<HTMLDivElement>(BOTH, frozen, map);
  const rtl = header.names[0]?.align === 'right';
  const title = useMemo(
    () =>
      textBlock(
        t('metrics.lane.title'),
        header.title.x,
        header.title.y,
        header.title.width,
        TEXT_STYLES.laneName,
        rtl ? 'right' : 'left',
        1,
      ),
    [t, header.title, rtl],
  );
  return (
    <div
      ref={sticky}
      className="js-metrics-header"
      aria-hidden
      style={{
        left: header.x - map.x,
        top: header.y - map.y,
        width: header.width,
        height: header.height,
      }}
    >
      <TextBlockView block={title} originX={header.x} originY={header.y} />
      {header.names.map((name, i) => (
        <TextBlockView
          key={metricIds[i] ?? i}
          block={name}
          originX={header.x}
          originY={header.y}
          className="js-metric-name"
        />
      ))}
    </div>
  );
});
