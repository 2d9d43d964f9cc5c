import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS } from '../actions/registry';
import { isMacPlatform, shortcutParts } from '../actions/shortcuts';
import type { ActionGroup } from '../actions/types';
import { useEditorStore } from '../store';
import { Modal } from './Modal';

const GROUPS: readonly ActionGroup[] = ['file', 'edit', 'cards', 'grid', 'navigation', 'view'];

/** Gestures that are not actions of their own, listed with the shortcuts. */
const GESTURES: readonly { group: ActionGroup; keys: readonly string[]; label: string }[] = [
  { group: 'cards', keys: ['Enter'], label: 'shortcuts.gestures.nextCard' },
  { group: 'cards', keys: ['Shift+Enter'], label: 'shortcuts.gestures.newLine' },
  { group: 'cards', keys: [], label: 'shortcuts.gestures.typeToAdd' },
  { group: 'cards', keys: [], label: 'shortcuts.gestures.typeOver' },
  { group: 'navigation', keys: ['Tab'], label: 'shortcuts.gestures.leaveMap' },
  { group: 'cards', keys: [], label: 'shortcuts.gestures.doubleClick' },
  { group: 'cards', keys: [], label: 'shortcuts.gestures.connect' },
  { group: 'grid', keys: [], label: 'shortcuts.gestures.renameHeader' },
  { group: 'grid', keys: [], label: 'shortcuts.gestures.moveHeader' },
  { group: 'grid', keys: ['Delete'], label: 'shortcuts.gestures.deleteHeader' },
  { group: 'edit', keys: ['Mod+Click'], label: 'shortcuts.gestures.addToSelection' },
  { group: 'edit', keys: ['Shift+Drag'], label: 'shortcuts.gestures.boxSelect' },
];

/** `?`: every shortcut, grouped, from the same action objects that the keyboard uses. */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const mac = useMemo(() => isMacPlatform(), []);
  const keyName = (key: string) => t(`shortcuts.keys.${key}`, { defaultValue: key });
  const keys = (shortcut: string) => (
    <kbd className="js-shortcut">
      {shortcutParts(shortcut, mac, keyName).map((part, i) => (
        <kbd key={i}>{part}</kbd>
      ))}
    </kbd>
  );
  return (
    <Modal
      title={t('shortcuts.title')}
      onClose={() => store.getState().openDialog(null)}
      className="js-shortcuts"
    >
      <div className="js-shortcut-groups">
        {GROUPS.map((group) => (
          <section key={group}>
            <h3>{t(`shortcuts.groups.${group}`)}</h3>
            <dl>
              {ACTIONS.filter((a) => a.group === group && a.shortcuts?.length).map((action) => (
                <Fragment key={action.id}>
                  <dt>{t(action.label)}</dt>
                  <dd>
                    {action.shortcuts?.map((shortcut) => (
                      <Fragment key={shortcut}>{keys(shortcut)}</Fragment>
                    ))}
                  </dd>
                </Fragment>
              ))}
              {GESTURES.filter((g) => g.group === group).map((gesture) => (
                <Fragment key={gesture.label}>
                  <dt>{t(gesture.label)}</dt>
                  <dd>
                    {gesture.keys.map((shortcut) => (
                      <Fragment key={shortcut}>{keys(shortcut)}</Fragment>
                    ))}
                  </dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
