/**
 * Keyboard shortcuts as text (`Mod+Shift+Z`, `Delete`, `?`): `Mod` is ⌘ on macOS and Ctrl
 * elsewhere; the last part is a key as `KeyboardEvent.key` names it (`Plus` for `+`).
 */

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

interface ParsedShortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  return {
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key: key === 'Plus' ? '+' : key,
  };
}

/** A printable key that is not a letter: typing it may need Shift (`?`, `+`), so Shift is not compared. */
function isSymbol(key: string): boolean {
  return key.length === 1 && key.toLowerCase() === key.toUpperCase() && !/\d/.test(key);
}

export function matchesShortcut(event: KeyInput, shortcut: string, mac: boolean): boolean {
  const want = parse(shortcut);
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (mod !== want.mod || otherMod || event.altKey !== want.alt) return false;
  const sameKey =
    want.key.length === 1
      ? event.key.toLowerCase() === want.key.toLowerCase()
      : event.key === want.key;
  if (!sameKey) return false;
  return isSymbol(want.key) || event.shiftKey === want.shift;
}

/** The parts of a shortcut as the platform writes them: `⌘ ⇧ Z` or `Ctrl Shift Z`. */
export function shortcutParts(
  shortcut: string,
  mac: boolean,
  keyName: (key: string) => string,
): string[] {
  const { mod, shift, alt, key } = parse(shortcut);
  const parts: string[] = [];
  if (mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (alt) parts.push(mac ? '⌥' : 'Alt');
  if (shift) parts.push(mac ? '⇧' : 'Shift');
  parts.push(key.length === 1 ? key.toUpperCase() : keyName(key));
  return parts;
}

export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}
