import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { performAction, useActionContext } from '../actions/ActionContextProvider';
import { actionById } from '../actions/registry';
import { isMacPlatform, shortcutParts } from '../actions/shortcuts';
import { useEditor } from '../store';

/**
 * A toolbar button for an action: its icon and name (the accessible name), its shortcut in
 * the tooltip, disabled while the action cannot run.
 */
export function ToolbarButton({ id, iconOnly = false }: { id: string; iconOnly?: boolean }) {
  const { t } = useTranslation();
  const context = useActionContext();
  const action = actionById(id);
  const enabled = useEditor((s) => action.enabled?.(s) ?? true);
  const mac = useMemo(() => isMacPlatform(), []);
  const label = t(action.label);
  const shortcut = action.shortcuts?.[0];
  const hint = shortcut
    ? `${label} (${shortcutParts(shortcut, mac, (key) => t(`shortcuts.keys.${key}`, { defaultValue: key })).join(mac ? '' : '+')})`
    : label;
  const Icon = action.icon;
  return (
    <button
      type="button"
      className={iconOnly ? 'js-tool js-tool--icon' : 'js-tool'}
      disabled={!enabled}
      title={hint}
      aria-label={iconOnly ? label : undefined}
      onClick={() => performAction(action, context)}
    >
      {Icon && <Icon aria-hidden size={16} />}
      {!iconOnly && <span>{label}</span>}
    </button>
  );
}
