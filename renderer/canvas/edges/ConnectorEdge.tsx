import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ConnectorEdge as ConnectorEdgeType } from '../nodeTypes';
import { TextBlockView } from '../nodes/TextBlockView';

/** An arrow between cards along the layout's orthogonal route, with its label. */
export const ConnectorEdge = memo(function ConnectorEdge({
  data,
  selected,
  markerEnd,
}: EdgeProps<ConnectorEdgeType>) {
  if (!data) return null;
  const { connector } = data;
  const path = connector.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
  const { label } = connector;
  return (
    <>
      <BaseEdge
        path={path}
        markerEnd={markerEnd}
        interactionWidth={12}
        className={`js-connector js-connector--${connector.kind}${selected ? ' is-selected' : ''}`}
      />
      {label && (
        <EdgeLabelRenderer>
          <div
            className="js-connector-label"
            style={{
              transform: `translate(${label.x}px, ${label.y}px)`,
              width: label.width,
              height: label.height,
            }}
          >
            <TextBlockView block={label} originX={label.x} originY={label.y} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
