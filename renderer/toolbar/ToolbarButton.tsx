import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { performAction, useActionContext } from '../actions/ActionContextProvider';
import { actionById } from '../actions/registry';
import { isMacPlatform, shortcutParts } from '../actions/shortcuts';
import { useEditor } from '../store';

/**
 * When a narrow window (or a language with long words) leaves too little room, buttons give
 * up their visible label in this order, keeping icon, tooltip and accessible name:
 * 1 first (undo, zoom, workshop), 2 next (adding, open, export). See toolbar.css.
 */
export type CollapseTier = 1 | 2;

/**
 * A toolbar button for an action: its icon and name (the accessible name), its shortcut in
 * the tooltip, disabled while the action cannot run.
 */
export function ToolbarButton({
  id,
  iconOnly = false,
  collapse,
}: {
  id: string;
  iconOnly?: boolean;
  collapse?: CollapseTier;
}) {
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
      className={
        iconOnly
          ? 'js-tool js-tool--icon'
          : collapse
            ? `js-tool js-tool--tier${collapse}`
            : 'js-tool'
      }
      disabled={!enabled}
      title={hint}
      // The visible label may be hidden by the toolbar's container queries; the name stays.
      aria-label={iconOnly || collapse ? label : undefined}
      onClick={() => performAction(action, context)}
    >
      {Icon && <Icon aria-hidden size={16} />}
      {!iconOnly && <span className="js-tool-label">{label}</span>}
    </button>
  );
}
