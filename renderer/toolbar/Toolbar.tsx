import { useTranslation } from 'react-i18next';
import { SettingsButton } from '../settings/SettingsButton';
import { isDirty, useEditor } from '../store';
import { ToolbarButton } from './ToolbarButton';
import { CompareButtons } from '../compare/CompareButtons';
import './toolbar.css';
import { REGION } from '../keyboard/regions';

/** The bar above the map: the map's title with the unsaved marker, then the main actions. */
export function Toolbar() {
  const { t } = useTranslation();
  const title = useEditor((s) => s.doc?.title);
  const hasDoc = useEditor((s) => s.doc !== null);
  const dirty = useEditor(isDirty);
  const fileName = useEditor((s) => s.file.ref?.name);
  return (
    <header className="js-toolbar" {...REGION}>
      <div className="js-toolbar-title">
        {/* The title's own direction: cut at its end in a right-to-left UI too. */}
        <h1 dir="auto">{hasDoc ? title || t('editor.untitled') : t('app.name')}</h1>
        {hasDoc && (
          <span className="js-muted">
            {fileName ?? t('editor.notSaved')}
            {dirty && (
              <span className="js-unsaved" title={t('editor.unsaved')}>
                {' '}
                • {t('editor.unsaved')}
              </span>
            )}
          </span>
        )}
      </div>
      <div className="js-toolbar-groups" role="toolbar" aria-label={t('editor.toolbar')}>
        <div className="js-toolbar-group">
          <ToolbarButton id="newMap" />
          <ToolbarButton id="open" collapse={2} />
          <ToolbarButton id="import" collapse={1} />
          <ToolbarButton id="save" />
        </div>
        {hasDoc && (
          <>
            <div className="js-toolbar-group">
              <ToolbarButton id="undo" collapse={1} />
              <ToolbarButton id="redo" collapse={1} />
            </div>
            <div className="js-toolbar-group">
              <ToolbarButton id="addStage" collapse={2} />
              <ToolbarButton id="addLane" collapse={2} />
              <ToolbarButton id="addCard" collapse={2} />
            </div>
            <div className="js-toolbar-group">
              <ToolbarButton id="zoomOut" iconOnly />
              <ToolbarButton id="zoomIn" iconOnly />
              <ToolbarButton id="zoomToFit" collapse={1} />
            </div>
            <div className="js-toolbar-group">
              <ToolbarButton id="workshop" collapse={1} />
              <CompareButtons />
              <ToolbarButton id="importMetrics" collapse={2} />
              <ToolbarButton id="funnel" collapse={1} />
              <ToolbarButton id="export" collapse={2} />
              <ToolbarButton id="shortcuts" iconOnly />
            </div>
          </>
        )}
        <div className="js-toolbar-group">
          <SettingsButton />
        </div>
      </div>
    </header>
  );
}
