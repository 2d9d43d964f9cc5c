import type { NodeProps } from '@xyflow/react';
import { GripVertical } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../../store';
import type { StageNode } from '../nodeTypes';
import { useSticky } from '../useSticky';

const ALONG_Y = ['y'] as const;
import { HeaderFrame } from './HeaderFrame';
import { TextBlockView } from './TextBlockView';

/**
 * A column's header: its name (a text field named "Stage name"), description and drag grip.
 * Frozen at the top of the screen while the map pans down.
 */
export const StageHeaderNode = memo(function StageHeaderNode({ data }: NodeProps<StageNode>) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { header, stageId, map } = data;
  const sticky = useSticky<HTMLDivElement>(ALONG_Y, header, map);
  const name = useEditor((s) => s.doc?.stages.find((stage) => stage.id === stageId)?.name ?? '');
  return (
    <div className="js-sticky" ref={sticky}>
      <HeaderFrame
        kind="stage"
        id={stageId}
        header={header}
        name={name}
        fieldLabel={t('editor.fields.stageName')}
        rename={(value) => store.getState().apply({ type: 'renameStage', stageId, name: value })}
        beneath={
          header.description && (
            <TextBlockView block={header.description} originX={header.x} originY={header.y} />
          )
        }
      >
        <span
          className={`js-grip js-grip--${header.name.align === 'right' ? 'left' : 'right'}`}
          title={t('editor.hints.dragStage')}
          aria-hidden
        >
          <GripVertical size={14} />
        </span>
      </HeaderFrame>
    </div>
  );
});
