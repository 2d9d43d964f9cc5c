/**
 * The user's preferences (UI language, theme) in the main process: kept as JSON in the
 * user-data folder, so that the menus and native dialogs speak the language chosen in
 * Settings and View > Theme shows the chosen theme, from one start to the next. Every
 * window reads them from here and reports its choices here (the Host).
 */
import { promises as fs } from 'node:fs';
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  samePreferences,
  type Preferences,
} from '../../../shared/host';
import { writeFileAtomic } from '../files/atomicWrite';

export class DesktopPreferences {
  private preferences: Preferences = DEFAULT_PREFERENCES;
  /** Writes in the order they were asked for: a later choice never lands under an earlier one. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    /** Called on every change, after `current` has it. */
    private readonly changed: (preferences: Preferences) => void = () => undefined,
  ) {}

  /** Reads the saved preferences; a missing or damaged file gives the defaults (field by field). */
  async load(): Promise<Preferences> {
    let stored: unknown = null;
    try {
      stored = JSON.parse(await fs.readFile(this.file, 'utf8'));
    } catch {
      // First start, or a damaged file: the defaults.
    }
    this.preferences = parsePreferences(stored);
    return this.preferences;
  }

  get current(): Preferences {
    return this.preferences;
  }

  /** Settles when every choice so far is on disk. */
  written(): Promise<void> {
    return this.writing;
  }

  /** Takes a new choice: tells the app (menus, windows) at once, then writes it down. */
  async set(preferences: Preferences): Promise<void> {
    if (samePreferences(preferences, this.preferences)) return this.written();
    this.preferences = { language: preferences.language, theme: preferences.theme };
    this.changed(this.preferences);
    const text = JSON.stringify(this.preferences, null, 2) + '\n';
    this.writing = this.writing.then(() => writeFileAtomic(this.file, text).then(() => undefined));
    return this.written();
  }
}
