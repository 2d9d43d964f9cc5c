import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditor } from '../../store';
import type { CellNode as CellNodeType } from '../nodeTypes';

/**
 * A cell of the grid: the drop zone for cards and the keyboard cursor's place. Double-click
 * adds a card (handled by the canvas).
 */
export const CellNode = memo(function CellNode({ data, width, height }: NodeProps<CellNodeType>) {
  const { laneId, stageId, emotions } = data;
  const active = useEditor(
    (s) =>
      s.selection.kind === 'none' && s.cursor?.laneId === laneId && s.cursor.stageId === stageId,
  );
  const dropping = useEditor(
    (s) => s.ui.dropTarget?.laneId === laneId && s.ui.dropTarget.stageId === stageId,
  );
  const className = [
    'js-cell',
    emotions ? 'js-cell--emotions' : '',
    active ? 'is-active' : '',
    dropping ? 'is-drop-target' : '',
  ].join(' ');
  return (
    <div
      className={className}
      style={{ width, height }}
      data-lane-id={laneId}
      data-stage-id={stageId}
    />
  );
});
