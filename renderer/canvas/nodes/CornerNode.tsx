import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CornerNode as CornerNodeType } from '../nodeTypes';
import { useSticky } from '../useSticky';

const BOTH = ['x', 'y'] as const;

/** The blank corner over the frozen header row and column: lane names slide under it. */
export const CornerNode = memo(function CornerNode({ data }: NodeProps<CornerNodeType>) {
  const { corner, map } = data;
  const sticky = useSticky<HTMLDivElement>(BOTH, corner, map);
  return (
    <div
      ref={sticky}
      className="js-corner"
      aria-hidden
      style={{
        left: corner.x - map.x,
        top: corner.y - map.y,
        width: corner.width,
        height: corner.height,
      }}
    />
  );
});
