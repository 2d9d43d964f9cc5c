import type { NodeProps } from '@xyflow/react';
import { GripHorizontal } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../../store';
import { LANE_KIND_ICONS } from '../icons';
import type { LaneNode } from '../nodeTypes';
import { useSticky } from '../useSticky';

const ALONG_X = ['x'] as const;
import { HeaderFrame } from './HeaderFrame';

/**
 * A row's header: its kind's icon, its name (a text field named "Lane name") and drag grip.
 * Frozen at the start edge of the screen while the map pans sideways.
 */
export const LaneHeaderNode = memo(function LaneHeaderNode({ data }: NodeProps<LaneNode>) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { header, laneId, kind, map } = data;
  const sticky = useSticky<HTMLDivElement>(ALONG_X, header, map);
  const name = useEditor((s) => s.doc?.lanes.find((lane) => lane.id === laneId)?.name ?? '');
  const Icon = LANE_KIND_ICONS[kind];
  const kindName = t(`editor.laneKinds.${kind}`);
  return (
    <div className="js-sticky" ref={sticky} style={{ left: header.x - map.x }}>
      <HeaderFrame
        kind="lane"
        id={laneId}
        header={header}
        name={name}
        fieldLabel={t('editor.fields.laneName')}
        rename={(value) => store.getState().apply({ type: 'renameLane', laneId, name: value })}
      >
        <span className="js-lane-kind" role="img" aria-label={kindName} title={kindName}>
          <Icon aria-hidden size={16} />
        </span>
        <span
          className={`js-grip js-grip--${header.name.align === 'right' ? 'left' : 'right'}`}
          title={t('editor.hints.dragLane')}
          aria-hidden
        >
          <GripHorizontal size={14} />
        </span>
      </HeaderFrame>
    </div>
  );
});
