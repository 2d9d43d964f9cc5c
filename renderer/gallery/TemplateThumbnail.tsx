import { memo, useMemo } from 'react';
import { layoutMap } from '../../shared/layout';
import type { JourneyMap } from '../../shared/model';

/** A template drawn small from its layout: stage and lane headers, tinted rows, blueprint lines. */
export const TemplateThumbnail = memo(function TemplateThumbnail({ map }: { map: JourneyMap }) {
  const layout = useMemo(() => layoutMap(map), [map]);
  const { width, height } = layout;
  return (
    <svg
      className="js-thumbnail"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden
    >
      <rect width={width} height={height} fill="var(--js-cell-bg)" />
      {layout.rows.map((row) => (
        <g key={row.laneId}>
          <rect
            x={0}
            y={row.y}
            width={width}
            height={row.height}
            fill={row.header.fill}
            opacity={0.35}
          />
          <rect
            x={row.header.x}
            y={row.y}
            width={row.header.width}
            height={row.height}
            fill={row.header.fill}
          />
          <line
            x1={0}
            x2={width}
            y1={row.y + row.height}
            y2={row.y + row.height}
            stroke="var(--js-cell-border)"
            strokeWidth={3}
          />
        </g>
      ))}
      {layout.columns.map((column) => (
        <g key={column.stageId}>
          <rect
            x={column.x}
            y={0}
            width={column.width}
            height={column.header.height}
            fill={column.header.fill}
          />
          <line
            x1={column.x}
            x2={column.x}
            y1={0}
            y2={height}
            stroke="var(--js-cell-border)"
            strokeWidth={3}
          />
        </g>
      ))}
      {layout.blueprintLines.map((line) => (
        <line
          key={line.line}
          x1={line.x1}
          x2={line.x2}
          y1={line.y}
          y2={line.y}
          stroke="var(--js-blueprint-line)"
          strokeWidth={8}
        />
      ))}
    </svg>
  );
});
