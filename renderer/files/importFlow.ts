// Not the package's index: its XLSX writer stays in the export's own chunk.
import { readCardsTable, rowsToNewMap, rowsToOperation } from '../../shared/cardsTable/importTable';
import { formatCardsProblem, type CardsProblem } from '../../shared/cardsTable/problems';
import type { ReadRow } from '../../shared/cardsTable/readRows';
import type { FileToImport } from '../../shared/host';
import { formatImportProblem, sizeProblem } from '../../shared/import';
import { formatMermaidProblem, mermaidToMap } from '../../shared/mermaid';
import type { ActionContext } from '../actions/types';
import { selectLanguage, settingsStore } from '../settings/settingsStore';

/** A chosen file the host has read. */
type ReadFile = { readonly name: string; readonly bytes: Uint8Array };

const MERMAID = /\.(mmd|mermaid)$/i;
const TABLE = /\.(csv|tsv|tab|xlsx)$/i;

/**
 * File > Import…: a Mermaid diagram becomes a new map; a cards table (CSV, TSV, XLSX) is
 * added to the open map as one undo step, or becomes a new map (the user is asked when a map
 * is open). The file comes through the Host; whatever cannot be imported is a notice naming
 * the line or row, and nothing changes.
 */
export async function importFile(context: ActionContext): Promise<boolean> {
  const { host, store, t } = context;
  let file: FileToImport | null;
  try {
    file = await host.chooseFileToImport('cards');
  } catch (error) {
    store.getState().notify({
      tone: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
  if (!file) return false;
  const { bytes } = file;
  if (!bytes) {
    // Over the import limit the host did not read the file: its size says why.
    const problem = sizeProblem(file.size);
    store.getState().notify({
      tone: 'error',
      message: t('editor.notices.importFailed', { name: file.name }),
      ...(problem ? { details: [formatImportProblem(problem, t)] } : {}),
    });
    return false;
  }
  const read = { name: file.name, bytes };
  if (MERMAID.test(file.name)) return importMermaid(read, context);
  if (TABLE.test(file.name)) return importTable(read, context);
  store.getState().notify({
    tone: 'error',
    message: t('editor.notices.importUnsupported', { name: file.name }),
  });
  return false;
}

/** The language a new map is made in: the UI's (lane names come in it too). */
function uiLanguage(): string {
  return selectLanguage(settingsStore().getState());
}

async function importMermaid(file: ReadFile, context: ActionContext): Promise<boolean> {
  const { store, flows, t } = context;
  const fail = (details: string[]) => {
    store.getState().notify({
      tone: 'error',
      message: t('editor.notices.importFailed', { name: file.name }),
      details,
    });
    return false;
  };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return fail([t('import.problems.binary')]);
  }
  const imported = mermaidToMap(text, t, { language: uiLanguage() });
  if (!imported.ok) return fail(imported.errors.map((e) => formatMermaidProblem(e, t)));
  if (!(await flows.openImported(imported.map))) return false;
  remarks(
    file,
    imported.warnings.map((w) => formatMermaidProblem(w, t)),
    context,
  );
  return true;
}

async function importTable(file: ReadFile, context: ActionContext): Promise<boolean> {
  const { store, flows, t } = context;
  const lines = (problems: readonly CardsProblem[]) =>
    problems.map((problem) => formatCardsProblem(problem, t));
  const fail = (problems: readonly CardsProblem[]) => {
    store.getState().notify({
      tone: 'error',
      message: t('editor.notices.importFailed', { name: file.name }),
      details: lines(problems),
    });
    return false;
  };
  const read = await readCardsTable(file.bytes, file.name, { language: uiLanguage() });
  if (!read.ok) return fail(read.problems);

  const where = await askWhere(file.name, read.rows, context);
  if (where === null) return false;
  if (where === 'new') {
    const title = file.name.replace(/\.[^.]*$/, '');
    const made = rowsToNewMap(read.rows, { title, language: uiLanguage() });
    if (!made.ok) return fail(made.problems);
    if (!(await flows.openImported(made.map))) return false;
    remarks(file, lines([...read.warnings, ...made.warnings]), context);
    return true;
  }
  const doc = store.getState().doc;
  if (!doc) return false;
  const made = rowsToOperation(doc, read.rows, read.columns);
  if (!made.ok) return fail(made.problems);
  store.getState().apply(made.op);
  store.getState().select({ kind: 'cards', ids: made.op.cards.map((card) => card.id) });
  store.getState().notify({
    tone: read.warnings.length > 0 ? 'warning' : 'info',
    message: t('editor.notices.imported', { count: made.op.cards.length, name: file.name }),
    ...(read.warnings.length > 0 ? { details: lines(read.warnings) } : {}),
  });
  return true;
}

/** Into the open map or a new one (no question without an open map); null: cancelled. */
async function askWhere(
  name: string,
  rows: readonly ReadRow[],
  { store, t }: ActionContext,
): Promise<'open' | 'new' | null> {
  if (!store.getState().doc) return 'new';
  const choice = await store.getState().ask({
    title: t('editor.prompts.importCards.title'),
    message: t('editor.prompts.importCards.message', { count: rows.length, name }),
    choices: [
      { id: 'open', label: t('editor.prompts.importCards.intoOpen'), tone: 'primary' },
      { id: 'new', label: t('editor.prompts.importCards.intoNew') },
      { id: 'cancel', label: t('editor.prompts.cancel') },
    ],
  });
  return choice === 'open' || choice === 'new' ? choice : null;
}

/** After a new map was made: an info notice, or a warning with what was left out or changed. */
function remarks(file: ReadFile, details: readonly string[], { store, t }: ActionContext): void {
  store.getState().notify(
    details.length > 0
      ? {
          tone: 'warning',
          message: t('editor.notices.importRemarks', { name: file.name }),
          details,
        }
      : { tone: 'info', message: t('editor.notices.importedMap', { name: file.name }) },
  );
}
