import type { ImportKind } from '../../../shared/host';

/**
 * The File System Access API's pickers, which TypeScript's DOM library does not declare yet.
 * Chromium-based browsers have them; elsewhere the browser host falls back to a file input
 * and downloads.
 */
interface PickerType {
  description: string;
  accept: Record<string, string[]>;
}

interface PickerWindow {
  showOpenFilePicker?: (options: {
    types: PickerType[];
    multiple?: boolean;
    excludeAcceptAllOption?: boolean;
  }) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: {
    types: PickerType[];
    suggestedName?: string;
  }) => Promise<FileSystemFileHandle>;
}

const pickerWindow = (): PickerWindow => window as unknown as PickerWindow;

export const JOURNEY_TYPE: PickerType = {
  description: 'Journey map',
  accept: { 'application/json': ['.json'] },
};

const TABLES: PickerType['accept'] = {
  'text/csv': ['.csv'],
  'text/tab-separated-values': ['.tsv', '.tab'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

/**
 * What an import's picker offers, by the Host's `ImportKind`: Mermaid diagrams and cards
 * tables (File > Import…), or tables of metrics (File > Import Metrics…). The importers read
 * the content, not the extension. `description` is the picker's label, in the UI language.
 */
export function importType(kind: ImportKind, description: string): PickerType {
  return {
    description,
    accept: kind === 'cards' ? { 'text/plain': ['.mmd', '.mermaid'], ...TABLES } : TABLES,
  };
}

/** The same, as a file input's `accept`. */
export function importAccept(kind: ImportKind): string {
  return Object.values(importType(kind, '').accept).flat().join(',');
}

export function hasFileSystemAccess(): boolean {
  const w = pickerWindow();
  return typeof w.showOpenFilePicker === 'function' && typeof w.showSaveFilePicker === 'function';
}

/** True when the user backed out of a picker (not an error worth showing). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export async function pickFileToOpen(
  type: PickerType = JOURNEY_TYPE,
): Promise<FileSystemFileHandle | null> {
  const open = pickerWindow().showOpenFilePicker;
  if (!open) return null;
  try {
    const [handle] = await open({ types: [type], multiple: false });
    return handle ?? null;
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}

export async function pickFileToSave(
  suggestedName: string,
  type: PickerType = JOURNEY_TYPE,
): Promise<FileSystemFileHandle | null> {
  const save = pickerWindow().showSaveFilePicker;
  if (!save) return null;
  try {
    return await save({ types: [type], suggestedName });
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}

/** Asks for write access to a handle that was opened for reading, as Chromium requires. */
export async function ensureWritable(handle: FileSystemFileHandle): Promise<boolean> {
  const h = handle as FileSystemFileHandle & {
    queryPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
    requestPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
  };
  if (!h.queryPermission || !h.requestPermission) return true;
  if ((await h.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  return (await h.requestPermission({ mode: 'readwrite' })) === 'granted';
}
