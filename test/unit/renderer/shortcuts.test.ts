import { describe, expect, test } from 'vitest';
import { matchesShortcut, shortcutParts } from '../../../renderer/actions/shortcuts';

const key = (
  k: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('shortcuts', () => {
  test('Mod is Ctrl on Linux and Windows, ⌘ on macOS', () => {
    expect(matchesShortcut(key('z', { ctrl: true }), 'Mod+Z', false)).toBe(true);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+Z', true)).toBe(true);
  });

  test('Shift must match for letters: Mod+Z is not Shift+Mod+Z', () => {
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }), 'Shift+Mod+Z', false)).toBe(true);
  });

  test('symbols that need Shift to type match without naming it', () => {
    expect(matchesShortcut(key('?', { shift: true }), '?', false)).toBe(true);
    expect(matchesShortcut(key('+', { shift: true }), 'Plus', false)).toBe(true);
    expect(matchesShortcut(key('?', { ctrl: true, shift: true }), '?', false)).toBe(false);
  });

  test('named keys and their display', () => {
    expect(matchesShortcut(key('Delete'), 'Delete', false)).toBe(true);
    expect(matchesShortcut(key('Tab', { shift: true }), 'Tab', false)).toBe(false);
    expect(shortcutParts('Shift+Mod+Z', false, (k) => k)).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(shortcutParts('Shift+Mod+Z', true, (k) => k)).toEqual(['⌘', '⇧', 'Z']);
    expect(shortcutParts('ArrowUp', false, (k) => `<${k}>`)).toEqual(['<ArrowUp>']);
  });
});
