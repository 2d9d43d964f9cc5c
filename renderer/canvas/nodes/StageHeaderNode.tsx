import type { NodeProps } from '@xyflow/react';
import { GripVertical } from 'lucide-react';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../../store';
import type { StageNode } from '../nodeTypes';
import { HeaderNameField } from './HeaderNameField';
import { TextBlockView } from './TextBlockView';

/** A column's header: its name (a text field named "Stage name"), description and drag grip. */
export const StageHeaderNode = memo(function StageHeaderNode({ data }: NodeProps<StageNode>) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { header, stageId } = data;
  const name = useEditor((s) => s.doc?.stages.find((stage) => stage.id === stageId)?.name ?? '');
  const selected = useEditor((s) => s.selection.kind === 'stage' && s.selection.id === stageId);
  const focusNow = useEditor(
    (s) => s.ui.focusRequest?.kind === 'stage' && s.ui.focusRequest.id === stageId,
  );
  const select = useCallback(
    () => store.getState().select({ kind: 'stage', id: stageId }, null),
    [store, stageId],
  );
  const focused = useCallback(() => store.getState().requestFocus(null), [store]);
  return (
    <div
      className={`js-header js-header--stage${selected ? ' is-selected' : ''}`}
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
      {header.description && (
        <TextBlockView block={header.description} originX={header.x} originY={header.y} />
      )}
      <HeaderNameField
        label={t('editor.fields.stageName')}
        value={name}
        block={header.name}
        originX={header.x}
        originY={header.y}
        focusNow={focusNow}
        onFocused={focused}
        onFocus={select}
        onChange={(value) => store.getState().apply({ type: 'renameStage', stageId, name: value })}
        onDone={() => store.getState().sealHistory()}
      />
      <span className="js-grip" title={t('editor.hints.dragStage')} aria-hidden>
        <GripVertical size={14} />
      </span>
    </div>
  );
});
