import { useTranslation } from 'react-i18next';
import { LANE_KIND_COLORS } from '../../shared/layout';
import { BLUEPRINT_LINES, LANE_KINDS, type BlueprintLine, type LaneKind } from '../../shared/model';
import { usePerform } from '../actions/ActionContextProvider';
import { useEditor, useEditorStore } from '../store';
import { ColorField } from './fields/ColorField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { MoveButtons } from './MoveButtons';

/** A lane's name, kind, colour and blueprint line; moving and deleting it. */
export function LaneInspector({ laneId }: { laneId: string }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const lane = useEditor((s) => s.doc?.lanes.find((x) => x.id === laneId));
  const index = useEditor((s) => s.doc?.lanes.findIndex((x) => x.id === laneId) ?? -1);
  const count = useEditor((s) => s.doc?.lanes.length ?? 0);
  const remove = usePerform('delete');
  if (!lane) return null;
  const apply = store.getState().apply;
  return (
    <div className="js-inspector-section">
      <h2>{t('panels.lane.title')}</h2>
      <TextField
        label={t('panels.lane.name')}
        value={lane.name}
        onChange={(name) => apply({ type: 'renameLane', laneId, name })}
      />
      <SelectField
        label={t('panels.lane.kind')}
        value={lane.kind}
        options={LANE_KINDS.map((kind) => ({ value: kind, label: t(`editor.laneKinds.${kind}`) }))}
        onChange={(kind) => apply({ type: 'setLaneKind', laneId, kind: kind as LaneKind })}
      />
      <SelectField
        label={t('panels.lane.lineBelow')}
        value={lane.lineBelow ?? ''}
        options={[
          { value: '', label: t('panels.none') },
          ...BLUEPRINT_LINES.map((line) => ({
            value: line,
            label: t(`editor.blueprintLines.${line}`),
          })),
        ]}
        onChange={(line) =>
          apply({ type: 'setLaneLine', laneId, line: line === '' ? null : (line as BlueprintLine) })
        }
      />
      <ColorField
        label={t('panels.color')}
        value={lane.color}
        fallback={LANE_KIND_COLORS[lane.kind]}
        onChange={(color) =>
          apply({ type: 'recolorLane', laneId, color }, { coalesceKey: `color:${laneId}` })
        }
      />
      <MoveButtons
        earlier={t('panels.lane.moveUp')}
        later={t('panels.lane.moveDown')}
        index={index}
        count={count}
        onMove={(toIndex) => apply({ type: 'moveLane', laneId, toIndex })}
      />
      <div className="js-inspector-actions">
        <button type="button" className="js-button js-button--danger" onClick={remove}>
          {t('panels.lane.delete')}
        </button>
      </div>
    </div>
  );
}
