import { memo } from 'react';
import { arrowHead } from '../../../shared/export/scene/arrow';
import { targetMark, trendArrow } from '../../../shared/export/scene/metricsLane';
import type { Shape } from '../../../shared/export/scene/types';
import type { MetricLineLayout, Point, Rect } from '../../../shared/layout';

/** The CSS class of good news, bad news and neither (theme colours, see canvas.css). */
export function newsClass(improved: boolean | undefined): string {
  return improved === undefined ? 'js-news' : improved ? 'js-news is-good' : 'js-news is-bad';
}

const pointList = (points: readonly Point[]) => points.map((p) => `${p.x},${p.y}`).join(' ');

/** A scene polyline (and its arrowhead) in `currentColor`. */
function Polyline({ shape }: { shape: Shape }) {
  if (shape.kind !== 'polyline') return null;
  const head = shape.arrow ? arrowHead(shape.points) : null;
  return (
    <>
      <polyline
        points={pointList(shape.points)}
        fill="none"
        stroke="currentColor"
        strokeWidth={shape.stroke.width}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {head && <polygon points={pointList(head)} fill="currentColor" />}
    </>
  );
}

/**
 * A metrics cell's arrows and target marks, drawn from the very shapes the exports draw
 * (`shared/export/scene/metricsLane.ts`), coloured by the theme. Hidden from screen
 * readers: each line's sentence says it in words.
 */
export const MetricMarks = memo(function MetricMarks({
  lines,
  cell,
}: {
  lines: readonly MetricLineLayout[];
  cell: Rect;
}) {
  return (
    <svg
      aria-hidden
      className="js-metric-marks"
      style={{ top: cell.y }}
      width={cell.width}
      height={cell.height}
      viewBox={`${cell.x} ${cell.y} ${cell.width} ${cell.height}`}
    >
      {lines.map((line) => (
        <g key={line.metricId}>
          {line.change?.arrow && (
            <g className={newsClass(line.change.improved)}>
              <Polyline shape={trendArrow(line.change.arrow, line.change.trend === 'up', '')} />
            </g>
          )}
          {line.target && (
            <g className={newsClass(line.target.met)}>
              {targetMark(line.target.met, line.target.mark).map((shape, i) => (
                <Polyline key={i} shape={shape} />
              ))}
            </g>
          )}
        </g>
      ))}
    </svg>
  );
});
