import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../store';
import { CardInspector } from './CardInspector';
import { ConnectorInspector } from './ConnectorInspector';
import { ColorField } from './fields/ColorField';
import { LaneInspector } from './LaneInspector';
import { MapInspector } from './MapInspector';
import { SelectionButtons } from './SelectionButtons';
import { StageInspector } from './StageInspector';

/** The fields of what is selected; the map's details when nothing is. */
export function Inspector() {
  const selection = useEditor((s) => s.selection);
  switch (selection.kind) {
    case 'cards':
      return selection.ids.length === 1 && selection.ids[0] !== undefined ? (
        <CardInspector cardId={selection.ids[0]} />
      ) : (
        <ManyCards ids={selection.ids} />
      );
    case 'stage':
      return <StageInspector stageId={selection.id} />;
    case 'lane':
      return <LaneInspector laneId={selection.id} />;
    case 'connector':
      return <ConnectorInspector connectorId={selection.id} />;
    case 'none':
      return <MapInspector />;
  }
}

function ManyCards({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  return (
    <div className="js-inspector-section">
      <h2>{t('panels.cards.title', { count: ids.length })}</h2>
      <ColorField
        label={t('panels.color')}
        value={undefined}
        fallback="#ffffff"
        onChange={(color) =>
          store
            .getState()
            .apply(
              { type: 'setCardFields', cardIds: ids, fields: { color } },
              { coalesceKey: `color:${ids.join(',')}` },
            )
        }
      />
      <SelectionButtons />
    </div>
  );
}
