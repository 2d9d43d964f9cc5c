import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey } from '../../../shared/layout';
import { useEditor, useEditorStore } from '../../store';
import type { CellNode as CellNodeType } from '../nodeTypes';

/**
 * A cell of the grid: the drop zone for cards and the keyboard cursor's place. Double-click
 * adds a card (handled by the canvas). A crowded cell ends in "+N more cards", which opens it
 * in full (the arrows open it too, by selecting a card that was left out).
 */
export const CellNode = memo(function CellNode({ data, width, height }: NodeProps<CellNodeType>) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { laneId, stageId, emotions, hidden } = data;
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
    >
      {hidden > 0 && (
        <button
          type="button"
          className="js-more-cards nodrag"
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            store.getState().expandCell(cellKey(laneId, stageId));
          }}
        >
          {t('editor.moreCards', { count: hidden })}
        </button>
      )}
    </div>
  );
});
