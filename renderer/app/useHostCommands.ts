import { useEffect } from 'react';
import type { Host, HostCommand } from '../../shared/host';
import { performAction } from '../actions/ActionContextProvider';
import { actionById } from '../actions/registry';
import type { ActionContext } from '../actions/types';

/** Host commands that are simply actions (menu items with the same meaning). */
export const COMMAND_ACTIONS: Partial<Record<HostCommand['type'], string>> = {
  new: 'newMap',
  newFromTemplate: 'newMap',
  open: 'open',
  save: 'save',
  saveAs: 'saveAs',
  export: 'export',
  undo: 'undo',
  redo: 'redo',
  selectAll: 'selectAll',
  zoomIn: 'zoomIn',
  zoomOut: 'zoomOut',
  zoomToFit: 'zoomToFit',
  shortcuts: 'shortcuts',
  // View > Presentation Mode (F5) is the workshop's full-screen mode.
  presentation: 'workshop',
};

/**
 * What the host asks for: menu commands, files opened from the OS or changed on disk, and
 * Save in the close prompt. (`theme` is handled by the settings, renderer/settings/.)
 */
export function useHostCommands(context: ActionContext, host: Host): void {
  useEffect(
    () =>
      host.onCommand((command) => {
        const { flows } = context;
        switch (command.type) {
          case 'openFile':
            void flows.openFile(command.file);
            return;
          case 'fileChanged':
            void flows.fileChanged(command.file);
            return;
          case 'saveAndClose':
            void flows.saveAndClose();
            return;
          default: {
            const id = COMMAND_ACTIONS[command.type];
            if (id) performAction(actionById(id), context);
          }
        }
      }),
    [context, host],
  );
}
