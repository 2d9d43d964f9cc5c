import type {
  DroppedFile,
  FileRef,
  Host,
  OpenedFile,
  RecoveryEntry,
  SaveResult,
} from '../../shared/host';
import type { Translate } from '../../shared/i18n/translate';
import { loadMap } from '../../shared/load';
import type { JourneyMap } from '../../shared/model';
import { serializeMap } from '../../shared/serialize';
import { newMapFromTemplate, type NewMapOptions, type Template } from '../../shared/templates';
import { isDirty, type EditorStore } from '../store';
import { problemLines } from './problems';
import { suggestedFileName } from './suggestedName';

/**
 * Opening, saving and replacing the document through the Host, with the questions those
 * ask: unsaved work, conflicts with the file on disk, a file changed by someone else.
 * Used by actions, host commands and the start screen alike.
 */
export interface DocumentFlows {
  /** `options.language` makes the map in that language (and its direction). */
  newFromTemplate(template: Template, options?: NewMapOptions): Promise<boolean>;
  open(): Promise<boolean>;
  /** A file handed over by the host (command line, OS, recent files). */
  openFile(file: OpenedFile): Promise<boolean>;
  openDropped(file: DroppedFile): Promise<boolean>;
  /** A map made by an import: shown as new, unsaved work (asks about unsaved work first). */
  openImported(map: JourneyMap): Promise<boolean>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  saveAndClose(): Promise<void>;
  fileChanged(file: OpenedFile): Promise<void>;
  restore(entry: RecoveryEntry): boolean;
  discardRecovery(entry: RecoveryEntry): Promise<void>;
}

export function createDocumentFlows(store: EditorStore, host: Host, t: Translate): DocumentFlows {
  const state = () => store.getState();
  const docName = (): string =>
    state().file.ref?.name ?? (state().doc?.title || t('editor.untitled'));

  /** Loads text through the gate; on failure the current map stays and the reasons show. */
  function loadText(text: string, ref: FileRef | null, name: string): boolean {
    const loaded = loadMap(text);
    if (!loaded.ok) {
      state().notify({
        tone: 'error',
        message: t('editor.notices.openFailed', { name }),
        details: problemLines(loaded.errors, t),
      });
      return false;
    }
    replaceDocument(() => state().loadDocument(loaded.map, { ref }));
    // An older format version upgraded is news, not a problem: only repairs ask for a check.
    const repairs = loaded.warnings.filter((problem) => problem.code !== 'migrated');
    if (repairs.length > 0) {
      state().notify({
        tone: 'warning',
        message: t('editor.notices.repaired', { name }),
        details: problemLines(loaded.warnings, t),
      });
    } else if (loaded.warnings.length > 0) {
      state().notify({
        tone: 'info',
        message: t('editor.notices.upgraded', { name }),
        details: problemLines(loaded.warnings, t),
      });
    }
    return true;
  }

  /** Swaps the document; the old one's recovery copy is no longer wanted. */
  function replaceDocument(load: () => void): void {
    const oldKey = state().docKey;
    load();
    if (state().docKey !== oldKey) void host.recovery.discard(oldKey);
    state().openDialog(null);
  }

  /** Asks before unsaved work is replaced; true when it may go. */
  async function confirmDiscard(): Promise<boolean> {
    state().stopEditing();
    if (!isDirty(state())) return true;
    const choice = await state().ask({
      title: t('editor.prompts.unsaved.title'),
      message: t('editor.prompts.unsaved.message', { name: docName() }),
      choices: [
        { id: 'save', label: t('editor.prompts.unsaved.save'), tone: 'primary' },
        { id: 'discard', label: t('editor.prompts.unsaved.discard'), tone: 'danger' },
        { id: 'cancel', label: t('editor.prompts.cancel') },
      ],
    });
    if (choice === 'save') return save();
    return choice === 'discard';
  }

  async function afterSave(result: SaveResult, revision: number, text: string): Promise<boolean> {
    switch (result.status) {
      case 'saved':
        state().markSaved(revision, result.ref);
        if (!isDirty(state())) await host.recovery.discard(state().docKey);
        return true;
      case 'cancelled':
        return false;
      case 'failed':
        state().notify({
          tone: 'error',
          message: t('editor.notices.saveFailed', { name: docName() }),
          details: [result.message],
        });
        return false;
      case 'conflict':
        return resolveConflict(result.ref, result.theirs, revision, text);
    }
  }

  async function resolveConflict(
    ref: FileRef,
    theirs: string,
    revision: number,
    text: string,
  ): Promise<boolean> {
    const choice = await state().ask({
      title: t('editor.prompts.conflict.title'),
      message: t('editor.prompts.conflict.message', { name: ref.name }),
      choices: [
        { id: 'theirs', label: t('editor.prompts.conflict.loadTheirs') },
        { id: 'copy', label: t('editor.prompts.conflict.saveCopy'), tone: 'primary' },
        { id: 'overwrite', label: t('editor.prompts.conflict.overwrite'), tone: 'danger' },
      ],
    });
    switch (choice) {
      case 'theirs':
        loadText(theirs, ref, ref.name);
        return false;
      case 'copy':
        return afterSave(await host.saveFileAs(ref.name, text), revision, text);
      case 'overwrite':
        return afterSave(await host.saveFile(ref, text, { overwrite: true }), revision, text);
      default:
        return false;
    }
  }

  async function save(): Promise<boolean> {
    const { doc, file, revision } = state();
    if (!doc) return false;
    state().sealHistory();
    const text = serializeMap(doc);
    const result = file.ref
      ? await host.saveFile(file.ref, text)
      : await host.saveFileAs(suggestedFileName(doc.title, t('editor.untitledFile')), text);
    return afterSave(result, revision, text);
  }

  async function saveAs(): Promise<boolean> {
    const { doc, file, revision } = state();
    if (!doc) return false;
    state().sealHistory();
    const text = serializeMap(doc);
    const name = file.ref?.name ?? suggestedFileName(doc.title, t('editor.untitledFile'));
    return afterSave(await host.saveFileAs(name, text), revision, text);
  }

  async function openFile(file: OpenedFile): Promise<boolean> {
    if (!(await confirmDiscard())) return false;
    return loadText(file.text, file.ref, file.ref.name);
  }

  return {
    async newFromTemplate(template, options) {
      if (!(await confirmDiscard())) return false;
      replaceDocument(() => state().loadDocument(newMapFromTemplate(template, options)));
      return true;
    },

    async open() {
      if (!(await confirmDiscard())) return false;
      const file = await host.openFile();
      return file ? loadText(file.text, file.ref, file.ref.name) : false;
    },

    openFile,

    async openDropped(dropped) {
      if (!(await confirmDiscard())) return false;
      const file = await host.openDroppedFile(dropped);
      return file ? loadText(file.text, file.ref, file.ref.name) : false;
    },

    async openImported(map) {
      if (!(await confirmDiscard())) return false;
      replaceDocument(() => state().loadDocument(map, { dirty: true }));
      return true;
    },

    save,
    saveAs,

    async saveAndClose() {
      host.closeAfterSave(await save());
    },

    async fileChanged(file) {
      const ref = state().file.ref;
      if (!ref || ref.handle !== file.ref.handle) return;
      state().stopEditing();
      const { doc, revision } = state();
      // Unsaved work and a new version on disk: the same question as a conflicting save.
      if (doc && isDirty(state())) {
        await resolveConflict(ref, file.text, revision, serializeMap(doc));
        return;
      }
      if (loadText(file.text, file.ref, file.ref.name)) {
        state().notify({
          tone: 'info',
          message: t('editor.notices.reloaded', { name: file.ref.name }),
        });
      }
    },

    restore(entry) {
      const loaded = loadMap(entry.text);
      state().setRecovery(state().ui.recovery.filter((e) => e.key !== entry.key));
      if (!loaded.ok) {
        state().notify({
          tone: 'error',
          message: t('editor.notices.openFailed', { name: entry.title }),
          details: problemLines(loaded.errors, t),
        });
        return false;
      }
      // The copy keeps its key: later writes replace it rather than adding another.
      replaceDocument(() =>
        state().loadDocument(loaded.map, { ref: entry.ref, dirty: true, key: entry.key }),
      );
      return true;
    },

    async discardRecovery(entry) {
      state().setRecovery(state().ui.recovery.filter((e) => e.key !== entry.key));
      await host.recovery.discard(entry.key);
    },
  };
}
