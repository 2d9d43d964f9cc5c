import { useTranslation } from 'react-i18next';
import { usePerform } from '../actions/ActionContextProvider';
import { useEditor, useEditorStore } from '../store';
import { ColorField } from './fields/ColorField';
import { TextField } from './fields/TextField';
import { MoveButtons } from './MoveButtons';

/** A stage's name, description and colour; moving and deleting it. */
export function StageInspector({ stageId }: { stageId: string }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const stage = useEditor((s) => s.doc?.stages.find((x) => x.id === stageId));
  const index = useEditor((s) => s.doc?.stages.findIndex((x) => x.id === stageId) ?? -1);
  const count = useEditor((s) => s.doc?.stages.length ?? 0);
  const brand = useEditor((s) => s.doc?.brandColor ?? '#2563eb');
  const remove = usePerform('delete');
  if (!stage) return null;
  const apply = store.getState().apply;
  return (
    <div className="js-inspector-section">
      <h2>{t('panels.stage.title')}</h2>
      <TextField
        label={t('panels.stage.name')}
        value={stage.name}
        onChange={(name) => apply({ type: 'renameStage', stageId, name })}
      />
      <TextField
        label={t('panels.stage.description')}
        value={stage.description ?? ''}
        multiline
        onChange={(description) => apply({ type: 'describeStage', stageId, description })}
      />
      <ColorField
        label={t('panels.color')}
        value={stage.color}
        fallback={brand}
        onChange={(color) =>
          apply({ type: 'recolorStage', stageId, color }, { coalesceKey: `color:${stageId}` })
        }
      />
      <MoveButtons
        earlier={t('panels.stage.moveEarlier')}
        later={t('panels.stage.moveLater')}
        index={index}
        count={count}
        onMove={(toIndex) => apply({ type: 'moveStage', stageId, toIndex })}
      />
      <div className="js-inspector-actions">
        <button type="button" className="js-button js-button--danger" onClick={remove}>
          {t('panels.stage.delete')}
        </button>
      </div>
    </div>
  );
}
