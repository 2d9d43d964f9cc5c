/** The window title: the document's name, an unsaved marker, the app's name. */
import type { Translate } from '../i18n';

export interface TitleInput {
  /** The file name when the document has a file (`onboarding.journey.json`). */
  readonly fileName: string | null;
  /** The map's own title, for a document that was never saved. */
  readonly title: string;
  readonly dirty: boolean;
}

export function documentName(input: Omit<TitleInput, 'dirty'>, t: Translate): string {
  return input.fileName ?? (input.title.trim() || t('desktop.untitled'));
}

export function windowTitle(input: TitleInput, t: Translate): string {
  const key = input.dirty ? 'desktop.windowTitleUnsaved' : 'desktop.windowTitle';
  return t(key, { name: documentName(input, t), app: t('app.name') });
}
