import { Canvas } from '../canvas/Canvas';
import { Notices } from '../dialogs/Notices';
import { PromptDialog } from '../dialogs/PromptDialog';
import { RestoreDialog } from '../dialogs/RestoreDialog';
import { ShortcutsDialog } from '../dialogs/ShortcutsDialog';
import { GalleryDialog } from '../gallery/GalleryDialog';
import { StartScreen } from '../gallery/StartScreen';
import { SidePanel } from '../panels/SidePanel';
import { useEditor } from '../store';
import { Toolbar } from '../toolbar/Toolbar';
import { WorkshopMode } from '../workshop/WorkshopMode';

/**
 * The window: toolbar, then the map with its side panel (or the start screen), notices, and
 * whichever dialog is open. The export dialog (renderer/export/) is opened through
 * `ui.exportOpen`; it is mounted here once it lands.
 */
export function EditorShell() {
  const doc = useEditor((s) => s.doc);
  const dialog = useEditor((s) => s.ui.dialog);
  // Workshop mode hides the editor's chrome and shows its own controls over the map.
  const workshop = useEditor((s) => s.workshop.active && s.doc !== null);
  return (
    <div className={workshop ? 'js-app is-workshop' : 'js-app'}>
      {!workshop && <Toolbar />}
      <div className="js-workspace">
        <Notices />
        {doc ? (
          <>
            <Canvas doc={doc} />
            {workshop ? <WorkshopMode /> : <SidePanel />}
          </>
        ) : (
          <StartScreen />
        )}
      </div>
      {dialog === 'gallery' && doc && <GalleryDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      {dialog === 'restore' && <RestoreDialog />}
      <PromptDialog />
    </div>
  );
}
