import type { NodeProps } from '@xyflow/react';
import { GripHorizontal } from 'lucide-react';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../../store';
import { LANE_KIND_ICONS } from '../icons';
import type { LaneNode } from '../nodeTypes';
import { HeaderNameField } from './HeaderNameField';
import { TextBlockView } from './TextBlockView';

/** A row's header: its kind's icon, its name (a text field named "Lane name") and drag grip. */
export const LaneHeaderNode = memo(function LaneHeaderNode({ data }: NodeProps<LaneNode>) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { header, laneId, kind } = data;
  const name = useEditor((s) => s.doc?.lanes.find((lane) => lane.id === laneId)?.name ?? '');
  const selected = useEditor((s) => s.selection.kind === 'lane' && s.selection.id === laneId);
  const focusNow = useEditor(
    (s) => s.ui.focusRequest?.kind === 'lane' && s.ui.focusRequest.id === laneId,
  );
  const select = useCallback(
    () => store.getState().select({ kind: 'lane', id: laneId }, null),
    [store, laneId],
  );
  const focused = useCallback(() => store.getState().requestFocus(null), [store]);
  const Icon = LANE_KIND_ICONS[kind];
  const kindName = t(`editor.laneKinds.${kind}`);
  return (
    <div
      className={`js-header js-header--lane${selected ? ' is-selected' : ''}`}
      style={{
        width: header.width,
        height: header.height,
        background: header.fill,
        color: header.textColor,
      }}
      onClick={select}
    >
      <TextBlockView
        block={header.name}
        originX={header.x}
        originY={header.y}
        className="js-header-name"
      />
      <HeaderNameField
        label={t('editor.fields.laneName')}
        value={name}
        block={header.name}
        originX={header.x}
        originY={header.y}
        focusNow={focusNow}
        onFocused={focused}
        onFocus={select}
        onChange={(value) => store.getState().apply({ type: 'renameLane', laneId, name: value })}
        onDone={() => store.getState().sealHistory()}
      />
      <span className="js-lane-kind" role="img" aria-label={kindName} title={kindName}>
        <Icon aria-hidden size={16} />
      </span>
      <span className="js-grip" title={t('editor.hints.dragLane')} aria-hidden>
        <GripHorizontal size={14} />
      </span>
    </div>
  );
});
