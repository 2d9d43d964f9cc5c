import { createStore, useStore } from 'zustand';
import {
  resolveLanguage,
  type LanguageChoice,
  type Preferences,
  type ThemeChoice,
} from '../../shared/host';
import type { UiLanguage } from '../../shared/i18n/languages';
import { resolveTheme, type AppliedTheme } from './preferences';

/** What the OS or browser says: preferred languages (best first) and whether it is in dark mode. */
export interface SystemSettings {
  readonly locales: readonly string[];
  readonly dark: boolean;
}

export interface SettingsState {
  readonly preferences: Preferences;
  readonly system: SystemSettings;
  setLanguage(language: LanguageChoice): void;
  setTheme(theme: ThemeChoice): void;
  /** Preferences the host reports (another window, the desktop menu): taken, not sent back. */
  adopt(preferences: Preferences): void;
  setSystem(system: Partial<SystemSettings>): void;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/**
 * The window's preferences (UI language, theme), apart from the editor store: they outlive
 * any map and are read before the first render. Every choice goes to `save` (the Host).
 */
export function createSettingsStore(
  initial: Preferences,
  save: (preferences: Preferences) => void,
  system: SystemSettings,
) {
  return createStore<SettingsState>()((set, get) => {
    const choose = (patch: Partial<Preferences>): void => {
      const preferences = { ...get().preferences, ...patch };
      save(preferences);
      set({ preferences });
    };
    return {
      preferences: initial,
      system,
      setLanguage: (language) => choose({ language }),
      setTheme: (theme) => choose({ theme }),
      adopt: (preferences) => set({ preferences }),
      setSystem: (patch) => set({ system: { ...get().system, ...patch } }),
    };
  });
}

export const selectLanguage = (s: SettingsState): UiLanguage =>
  resolveLanguage(s.preferences.language, s.system.locales);

export const selectTheme = (s: SettingsState): AppliedTheme =>
  resolveTheme(s.preferences.theme, s.system.dark);

let current: SettingsStore | null = null;

/** Installs the window's settings store (once, at start; tests may install their own). */
export function installSettingsStore(store: SettingsStore): SettingsStore {
  current = store;
  return store;
}

export function settingsStore(): SettingsStore {
  if (!current) throw new Error('settingsStore() before startSettings() installed one');
  return current;
}

export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(settingsStore(), selector);
}
