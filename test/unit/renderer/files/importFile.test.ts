import { expect, test } from 'vitest';
import type { FileToImport, Host, ImportKind } from '../../../../shared/host';
import { createTranslate } from '../../../../shared/i18n/translate';
import { MAX_IMPORT_BYTES } from '../../../../shared/import/limits';
import { JourneyMapSchema } from '../../../../shared/model';
import type { ActionContext } from '../../../../renderer/actions/types';
import { importFile } from '../../../../renderer/files/importFlow';
import { createEditorStore } from '../../../../renderer/store';

// File > Import… asks the Host for a file of the `cards` kind; one over the import limit comes
// back unread, and the user is told its size against the limit. Nothing changes.

test('a file over the import limit is not read: a notice says why, and the map is unchanged', async () => {
  const store = createEditorStore();
  const map = JourneyMapSchema.parse({
    format: 'journey-map',
    version: 3,
    title: 'Workshop',
    stages: [{ id: 's', name: 'Visit' }],
    lanes: [{ id: 'l', name: 'Ideas', kind: 'opportunities' }],
    cards: [],
  });
  store.getState().loadDocument(map);
  const kinds: ImportKind[] = [];
  const huge: FileToImport = { name: 'ideas.csv', size: MAX_IMPORT_BYTES + 1, bytes: null };
  const host = {
    chooseFileToImport: async (kind: ImportKind) => {
      kinds.push(kind);
      return huge;
    },
  } as unknown as Host; // the one call used here
  const context = {
    store,
    host,
    t: createTranslate('en'),
    flows: null,
  } as unknown as ActionContext;

  expect(await importFile(context)).toBe(false);
  expect(kinds).toEqual(['cards']);
  const [notice] = store.getState().ui.notices;
  expect(notice).toMatchObject({ tone: 'error', message: expect.stringContaining('ideas.csv') });
  expect(notice?.details?.join(' ')).toMatch(/50 MB/);
  expect(store.getState().doc).toBe(map);
});
