import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore, type SidePanel as PanelId } from '../store';
import { Inspector } from './Inspector';
import { PersonaPanel } from './PersonaPanel';
import './panels.css';
import { REGION } from '../keyboard/regions';

const TABS: readonly PanelId[] = ['inspector', 'personas'];

/** The panel beside the map: the inspector of the selection, and the personas. */
export function SidePanel() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const panel = useEditor((s) => s.ui.panel);
  return (
    <aside className="js-side-panel" aria-label={t('panels.label')} {...REGION}>
      <div className="js-tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`js-tab-${tab}`}
            aria-selected={panel === tab}
            aria-controls="js-panel-body"
            className="js-tab"
            onClick={() => store.getState().showPanel(tab)}
          >
            {t(`panels.tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div
        className="js-panel-body"
        id="js-panel-body"
        role="tabpanel"
        aria-labelledby={`js-tab-${panel}`}
      >
        {panel === 'inspector' ? <Inspector /> : <PersonaPanel />}
      </div>
    </aside>
  );
}
