import { useTranslation } from 'react-i18next';
import { CONNECTOR_KINDS, type Connector } from '../../shared/model';
import { usePerform } from '../actions/ActionContextProvider';
import { useEditor, useEditorStore } from '../store';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

/** An arrow between cards: its label and kind. */
export function ConnectorInspector({ connectorId }: { connectorId: string }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const connector = useEditor((s) => s.doc?.connectors.find((c) => c.id === connectorId));
  const remove = usePerform('delete');
  if (!connector) return null;
  const apply = store.getState().apply;
  return (
    <div className="js-inspector-section">
      <h2>{t('panels.connector.title')}</h2>
      <TextField
        label={t('panels.connector.label')}
        value={connector.label ?? ''}
        onChange={(label) => apply({ type: 'setConnectorLabel', connectorId, label })}
      />
      <SelectField
        label={t('panels.connector.kind')}
        value={connector.kind}
        options={CONNECTOR_KINDS.map((kind) => ({
          value: kind,
          label: t(`panels.connector.kinds.${kind}`),
        }))}
        onChange={(kind) =>
          apply({ type: 'setConnectorKind', connectorId, kind: kind as Connector['kind'] })
        }
      />
      <div className="js-inspector-actions">
        <button type="button" className="js-button js-button--danger" onClick={remove}>
          {t('panels.connector.delete')}
        </button>
      </div>
    </div>
  );
}
