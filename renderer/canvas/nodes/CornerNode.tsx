import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CornerNode as CornerNodeType } from '../nodeTypes';
import { useStickyShift } from '../useSticky';

/** The blank corner over the frozen header row and column: lane names slide under it. */
export const CornerNode = memo(function CornerNode({ data }: NodeProps<CornerNodeType>) {
  const { corner, map } = data;
  const x = useStickyShift('x', corner, map);
  const y = useStickyShift('y', corner, map);
  return (
    <div
      className="js-corner"
      aria-hidden
      style={{
        left: corner.x - map.x,
        top: corner.y - map.y,
        width: corner.width,
        height: corner.height,
        transform: `translate(${x}px, ${y}px)`,
      }}
    />
  );
});
