import { LiveAnnouncer } from '../a11y/LiveAnnouncer';
import { SelectedDescription } from '../a11y/SelectedDescription';
import { Canvas } from '../canvas/Canvas';
import { Notices } from '../dialogs/Notices';
import { PromptDialog } from '../dialogs/PromptDialog';
import { RestoreDialog } from '../dialogs/RestoreDialog';
import { ShortcutsDialog } from '../dialogs/ShortcutsDialog';
import { ExportDialog } from '../export/ExportDialog';
import { GalleryDialog } from '../gallery/GalleryDialog';
import { FunnelDialog } from '../metrics/funnel/FunnelDialog';
import { StartScreen } from '../gallery/StartScreen';
import { SidePanel } from '../panels/SidePanel';
import { useEditor, useEditorStore } from '../store';
import { Toolbar } from '../toolbar/Toolbar';
import { WorkshopMode } from '../workshop/WorkshopMode';
import { ComparePanel } from '../compare/ComparePanel';
import { ImportMetricsDialog } from '../metrics/import/ImportMetricsDialog';
import { activeCompare } from '../compare/compareSlice';

/**
 * The window: toolbar, then the map with its side panel (or the start screen), notices, the
 * live region for screen readers, and whichever dialog is open.
 */
export function EditorShell() {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const dialog = useEditor((s) => s.ui.dialog);
  const exportOpen = useEditor((s) => s.ui.exportOpen);
  const metricsTable = useEditor((s) => s.ui.metricsImport);
  // Workshop mode hides the editor's chrome and shows its own controls over the map.
  const workshop = useEditor((s) => s.workshop.active && s.doc !== null);
  // Compare and merge conflicts share a review panel in place of the inspector.
  const reviewing = useEditor(
    (s) => activeCompare(s) !== null || (s.doc?.conflicts?.length ?? 0) > 0,
  );
  return (
    <div className={workshop ? 'js-app is-workshop' : 'js-app'}>
      {!workshop && <Toolbar />}
      <div className="js-workspace">
        <Notices />
        {doc ? (
          <>
            <Canvas doc={doc} />
            {workshop ? <WorkshopMode /> : reviewing ? <ComparePanel /> : <SidePanel />}
          </>
        ) : (
          <StartScreen />
        )}
      </div>
      <LiveAnnouncer />
      <SelectedDescription />
      {dialog === 'gallery' && doc && <GalleryDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      {dialog === 'restore' && <RestoreDialog />}
      {dialog === 'funnel' && doc && <FunnelDialog map={doc} />}
      {exportOpen && doc && (
        <ExportDialog map={doc} onClose={() => store.getState().setExportOpen(false)} />
      )}
      {metricsTable && doc && <ImportMetricsDialog table={metricsTable} map={doc} />}
      <PromptDialog />
    </div>
  );
}
