import { describe, expect, test } from 'vitest';
import { resolveLanguage } from '../../../../shared/host';
import {
  PREFERENCES_KEY,
  readPreferences,
  resolveTheme,
  writePreferences,
} from '../../../../renderer/settings/preferences';
import {
  createSettingsStore,
  selectLanguage,
  selectTheme,
} from '../../../../renderer/settings/settingsStore';

/** localStorage as far as the preferences use it. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

/** A settings store kept in `storage`, as the browser edition's Host keeps it. */
function createSettingsStoreIn(storage: Storage, system: { locales: string[]; dark: boolean }) {
  return createSettingsStore(
    readPreferences(storage),
    (preferences) => writePreferences(storage, preferences),
    system,
  );
}

describe('preferences', () => {
  test('without a stored choice the UI follows the system language and theme', () => {
    const store = createSettingsStoreIn(memoryStorage(), {
      locales: ['de-DE', 'uk-UA'],
      dark: true,
    });
    expect(selectLanguage(store.getState())).toBe('uk');
    expect(selectTheme(store.getState())).toBe('dark');
  });

  test('a choice overrides the system and is there again in the next window', () => {
    const storage = memoryStorage();
    const system = { locales: ['en-US'], dark: false };
    const first = createSettingsStoreIn(storage, system);
    first.getState().setLanguage('fa');
    first.getState().setTheme('highContrast');
    const next = createSettingsStoreIn(storage, system);
    expect(selectLanguage(next.getState())).toBe('fa');
    expect(selectTheme(next.getState())).toBe('highContrast');
  });

  test('the system changing (dark mode, language list) moves a "system" choice along', () => {
    const store = createSettingsStoreIn(memoryStorage(), { locales: ['en'], dark: false });
    store.getState().setSystem({ dark: true, locales: ['pl-PL'] });
    expect(selectTheme(store.getState())).toBe('dark');
    expect(selectLanguage(store.getState())).toBe('pl');
    store.getState().setTheme('light');
    store.getState().setSystem({ dark: false });
    store.getState().setSystem({ dark: true });
    expect(selectTheme(store.getState())).toBe('light');
  });

  test('a damaged or foreign stored value falls back field by field', () => {
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: '{not json' }))).toEqual({
      language: 'system',
      theme: 'system',
    });
    const mixed = JSON.stringify({ language: 'de', theme: 'dark' });
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: mixed }))).toEqual({
      language: 'system',
      theme: 'dark',
    });
    expect(readPreferences(null)).toEqual({ language: 'system', theme: 'system' });
  });

  test('resolving choices', () => {
    expect(resolveLanguage('system', ['fr-FR', 'ru'])).toBe('ru');
    expect(resolveLanguage('pl', ['fa-IR'])).toBe('pl');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('highContrast', true)).toBe('highContrast');
  });
});
