import { describe, expect, test } from 'vitest';
import type { FileRef, Host, SaveResult } from '../../../../shared/host';
import { serializeMap } from '../../../../shared/serialize';
import { createDocumentFlows } from '../../../../renderer/files/documentFlows';
import { createEditorStore, isDirty, type EditorStore } from '../../../../renderer/store';
import { sampleMap } from '../../shared/ops/sampleMap';

const REF: FileRef = { handle: 'fs:1', name: 'map.journey.json' };
const t = (key: string) => key;

/** A host whose saves answer from a script and are recorded. */
function fakeHost(saveAnswers: SaveResult[]) {
  const calls: { kind: 'save' | 'saveAs'; text: string; overwrite?: boolean }[] = [];
  const host = {
    kind: 'browser',
    saveFile: async (_ref: FileRef, text: string, options?: { overwrite?: boolean }) => {
      calls.push({ kind: 'save', text, overwrite: options?.overwrite });
      return saveAnswers.shift() ?? { status: 'saved', ref: REF };
    },
    saveFileAs: async (name: string, text: string) => {
      calls.push({ kind: 'saveAs', text });
      return { status: 'saved', ref: { handle: 'fs:2', name: `copy of ${name}` } };
    },
    recovery: { write: async () => {}, list: async () => [], discard: async () => {} },
  } as unknown as Host; // only what the flows under test call
  return { host, calls };
}

function theirs(title: string): string {
  return serializeMap({ ...sampleMap(), title });
}

/** A saved map with one unsaved edit. */
function editedStore(): EditorStore {
  const store = createEditorStore();
  store.getState().loadDocument(sampleMap(), { ref: REF });
  store.getState().apply({ type: 'setCardText', cardId: 'a1', text: 'Mine' });
  return store;
}

/** Waits for the prompt the flow shows, checks its choices and answers `choice`. */
async function answer(store: EditorStore, choice: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const prompt = store.getState().ui.prompt;
  expect(prompt?.title).toBe('editor.prompts.conflict.title');
  expect(prompt?.choices.map((c) => c.id)).toEqual(['theirs', 'copy', 'overwrite']);
  store.getState().answer(choice);
}

describe('saving into a file that changed on disk', () => {
  test('overwrite writes mine over theirs and the map is clean', async () => {
    const store = editedStore();
    const { host, calls } = fakeHost([{ status: 'conflict', ref: REF, theirs: theirs('Theirs') }]);
    const saving = createDocumentFlows(store, host, t).save();
    await answer(store, 'overwrite');
    expect(await saving).toBe(true);
    expect(calls.map((c) => [c.kind, c.overwrite])).toEqual([
      ['save', undefined],
      ['save', true],
    ]);
    expect(calls[1]?.text).toContain('"Mine"');
    expect(isDirty(store.getState())).toBe(false);
  });

  test('load theirs replaces the map with their version', async () => {
    const store = editedStore();
    const { host } = fakeHost([{ status: 'conflict', ref: REF, theirs: theirs('Theirs') }]);
    const saving = createDocumentFlows(store, host, t).save();
    await answer(store, 'theirs');
    expect(await saving).toBe(false);
    expect(store.getState().doc?.title).toBe('Theirs');
    expect(store.getState().doc?.cards.find((c) => c.id === 'a1')?.text).toBe('A1');
  });

  test('keep mine as a new file saves mine under another name', async () => {
    const store = editedStore();
    const { host, calls } = fakeHost([{ status: 'conflict', ref: REF, theirs: theirs('Theirs') }]);
    const saving = createDocumentFlows(store, host, t).save();
    await answer(store, 'copy');
    expect(await saving).toBe(true);
    expect(calls.map((c) => c.kind)).toEqual(['save', 'saveAs']);
    expect(store.getState().file.ref?.name).toBe('copy of map.journey.json');
  });
});

describe('the open file changed on disk', () => {
  test('without unsaved work the map reloads from disk', async () => {
    const store = createEditorStore();
    store.getState().loadDocument(sampleMap(), { ref: REF });
    const { host } = fakeHost([]);
    await createDocumentFlows(store, host, t).fileChanged({ ref: REF, text: theirs('Pulled') });
    expect(store.getState().doc?.title).toBe('Pulled');
    expect(store.getState().ui.prompt).toBeNull();
  });

  test('with unsaved work the same question is asked as for a conflicting save', async () => {
    const store = editedStore();
    const { host, calls } = fakeHost([]);
    const changed = createDocumentFlows(store, host, t).fileChanged({
      ref: REF,
      text: theirs('Pulled'),
    });
    await answer(store, 'overwrite');
    await changed;
    expect(calls).toHaveLength(1);
    expect(calls[0]?.overwrite).toBe(true);
    expect(store.getState().doc?.title).toBe('Sample');
  });

  test('another file changing is none of this window’s business', async () => {
    const store = editedStore();
    const { host } = fakeHost([]);
    await createDocumentFlows(store, host, t).fileChanged({
      ref: { handle: 'fs:other', name: 'other.journey.json' },
      text: theirs('Other'),
    });
    expect(store.getState().ui.prompt).toBeNull();
    expect(store.getState().doc?.title).toBe('Sample');
  });
});

describe('what opening a file says', () => {
  /** A version-1 file: integer `order` instead of keys, as Journey Studio wrote before. */
  function versionOne(extra: (doc: Record<string, unknown>) => void = () => {}): string {
    const doc = JSON.parse(serializeMap(sampleMap())) as Record<string, unknown>;
    doc.version = 1;
    (doc.cards as Record<string, unknown>[]).forEach((card, index) => {
      card.order = index;
    });
    extra(doc);
    return JSON.stringify(doc);
  }

  test('an older format upgraded is news (info), not a problem to check', async () => {
    const store = createEditorStore();
    store.getState().loadDocument(sampleMap(), { ref: REF });
    const { host } = fakeHost([]);
    await createDocumentFlows(store, host, t).fileChanged({ ref: REF, text: versionOne() });
    const notices = store.getState().ui.notices;
    const said = notices.map((n) => [n.tone, n.message]);
    expect(said).toContainEqual(['info', 'editor.notices.upgraded']);
    expect(said.map(([, message]) => message)).not.toContain('editor.notices.repaired');
  });

  test('an older file that also needed repairs still asks for a check', async () => {
    const store = createEditorStore();
    store.getState().loadDocument(sampleMap(), { ref: REF });
    const { host } = fakeHost([]);
    const broken = versionOne((doc) => {
      (doc.cards as Record<string, unknown>[]).push({
        id: 'lost',
        laneId: 'no-such-lane',
        stageId: 's1',
        order: 0,
        text: 'Lost',
      });
    });
    await createDocumentFlows(store, host, t).fileChanged({ ref: REF, text: broken });
    const notices = store.getState().ui.notices;
    const said = notices.map((n) => [n.tone, n.message]);
    expect(said).toContainEqual(['warning', 'editor.notices.repaired']);
    expect(said.map(([, message]) => message)).not.toContain('editor.notices.upgraded');
  });
});
