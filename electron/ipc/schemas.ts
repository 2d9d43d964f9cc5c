/**
 * What main accepts on each channel: one zod tuple per channel (the arguments as sent).
 * A message that does not parse is refused before any handler sees it.
 */
import { z } from 'zod';
import { MENU_PLACES, THEME_CHOICES, type ThemeChoice } from '../../shared/host';
import { UI_LANGUAGES } from '../../shared/i18n/languages';
import { LIMITS } from '../../shared/model';
import type { InvokeName, SendName } from './channels';

/**
 * A map's text: the file size limit of the document format (`LIMITS.fileBytes`, bytes of
 * UTF-8), counted here in UTF-16 units, of which a text has never more than UTF-8 bytes.
 */
export const MAX_DOCUMENT_CHARS = LIMITS.fileBytes;
/** Exports (PDF, PNG of a big map at high resolution). */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024;

const shortText = z.string().max(1024);
const path = z.string().min(1).max(4096);
const documentText = z.string().max(MAX_DOCUMENT_CHARS);

export const fileRefSchema = z.object({ handle: path, name: shortText });

/** Recovery keys become file names (hashed), but stay boring anyway. */
export const recoveryKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);

export const recoveryEntrySchema = z.object({
  key: recoveryKeySchema,
  ref: fileRefSchema.nullable(),
  title: shortText,
  savedAt: z.number().int().nonnegative(),
  text: documentText,
});

export const documentStateSchema = z.object({
  title: shortText,
  ref: fileRefSchema.nullable(),
  dirty: z.boolean(),
});

/**
 * A shortcut a menu accelerator can carry, as the action registry writes it: modifiers
 * (`Mod` is ⌘ on macOS, Ctrl elsewhere), then one key (a letter, digit, symbol or F-key).
 */
export const MENU_SHORTCUT =
  /^(?:(?:Mod|Alt|Shift)\+){0,3}(?:[A-Z0-9=\-/,.;'`[\]\\]|Plus|F\d{1,2})$/;

export const menuItemSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9]{1,64}$/),
  place: z.enum(MENU_PLACES),
  label: z.string().regex(/^menu\.[A-Za-z]{1,64}$/),
  shortcut: z.string().regex(MENU_SHORTCUT).nullable(),
});

export const preferencesSchema = z.object({
  language: z.enum(['system', ...UI_LANGUAGES]),
  theme: z.enum(THEME_CHOICES as [ThemeChoice, ...ThemeChoice[]]),
});

export const EXPORT_MIME_TYPES = [
  'application/pdf',
  'image/png',
  'image/svg+xml',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/vnd.mermaid',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
] as const;

export const invokePayloads = {
  openFile: z.tuple([]),
  openDroppedFile: z.tuple([path]),
  chooseFileToImport: z.tuple([z.enum(['cards', 'metrics'])]),
  chooseFileToCompare: z.tuple([]),
  readCommittedVersion: z.tuple([fileRefSchema]),
  saveFile: z.tuple([fileRefSchema, documentText, z.object({ overwrite: z.boolean().optional() })]),
  saveFileAs: z.tuple([shortText, documentText]),
  saveExport: z.tuple([
    shortText,
    z.custom<Uint8Array>(
      (data) => data instanceof Uint8Array && data.byteLength <= MAX_EXPORT_BYTES,
    ),
    z.enum(EXPORT_MIME_TYPES),
  ]),
  recoveryWrite: z.tuple([recoveryEntrySchema]),
  recoveryList: z.tuple([]),
  recoveryDiscard: z.tuple([recoveryKeySchema]),
  openExternal: z.tuple([z.string().max(2048)]),
  readPreferences: z.tuple([]),
} satisfies Record<InvokeName, z.ZodType<unknown[]>>;

export const sendPayloads = {
  setDocumentState: z.tuple([documentStateSchema]),
  closeAfterSave: z.tuple([z.boolean()]),
  setMenuItems: z.tuple([z.array(menuItemSchema).max(200)]),
  writePreferences: z.tuple([preferencesSchema]),
} satisfies Record<SendName, z.ZodType<unknown[]>>;

export type InvokeArgs<N extends InvokeName> = z.infer<(typeof invokePayloads)[N]>;
export type SendArgs<N extends SendName> = z.infer<(typeof sendPayloads)[N]>;
export type ExportMimeType = (typeof EXPORT_MIME_TYPES)[number];
