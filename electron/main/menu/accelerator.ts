/**
 * A registry shortcut (`Shift+Mod+Z`, `Mod+=`, `F5`; see renderer/actions/shortcuts.ts) as
 * an Electron accelerator (`Shift+CmdOrCtrl+Z`). The IPC schema has already checked that it
 * is one a menu can carry (`MENU_SHORTCUT`).
 */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part, index, parts) => (part === 'Mod' && index < parts.length - 1 ? 'CmdOrCtrl' : part))
    .join('+');
}
