import { useEffect } from 'react';
import type { Host } from '../../shared/host';
import { performAction } from '../actions/ActionContextProvider';
import { menuItemsOf } from '../actions/menuItems';
import { ACTIONS, actionById } from '../actions/registry';
import type { ActionContext } from '../actions/types';
import { settingsStore } from '../settings/settingsStore';

/** File > New and New from Template (a new window): the new-map gallery. */
const NEW_MAP = 'newMap';

/**
 * What the host asks for: menu commands, files opened from the OS or changed on disk, and
 * Save in the close prompt, preferences changed elsewhere. It
 * also gives the host the menu's items, made from the action registry.
 */
export function useHostCommands(context: ActionContext, host: Host): void {
  useEffect(() => host.setMenuItems(menuItemsOf(ACTIONS)), [host]);
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
          case 'action': {
            const action = ACTIONS.find((a) => a.id === command.id);
            if (action) performAction(action, context);
            return;
          }
          case 'new':
          case 'newFromTemplate':
            performAction(actionById(NEW_MAP), context);
            return;
          case 'preferences':
            settingsStore().getState().adopt(command.preferences);
            return;
        }
      }),
    [context, host],
  );
}
