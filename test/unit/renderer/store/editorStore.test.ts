import { describe, expect, test } from 'vitest';
import { createEditorStore, isDirty, type EditorStore } from '../../../../renderer/store';
import { sampleMap } from '../../shared/ops/sampleMap';

function loaded(): EditorStore {
  const store = createEditorStore();
  store.getState().loadDocument(sampleMap(), { ref: { handle: 'h', name: 'a.journey.json' } });
  return store;
}

const textOf = (store: EditorStore, id: string) =>
  store.getState().doc?.cards.find((c) => c.id === id)?.text;

/** Types `text` one key at a time, as the card editor dispatches it. */
function type(store: EditorStore, cardId: string, from: string, text: string): void {
  let value = from;
  for (const char of text) {
    value += char;
    store.getState().apply({ type: 'setCardText', cardId, text: value });
  }
}

describe('undo and redo', () => {
  test('typing into one card is one step; undo restores the text before typing', () => {
    const store = loaded();
    type(store, 'a1', 'A1', ' and more');
    expect(textOf(store, 'a1')).toBe('A1 and more');
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(textOf(store, 'a1')).toBe('A1');
    store.getState().redo();
    expect(textOf(store, 'a1')).toBe('A1 and more');
  });

  test('typing again after leaving the card is a new step', () => {
    const store = loaded();
    type(store, 'a1', 'A1', 'x');
    store.getState().sealHistory();
    type(store, 'a1', 'A1x', 'y');
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(textOf(store, 'a1')).toBe('A1x');
  });

  test('typing into another card, or another kind of edit, starts a new step', () => {
    const store = loaded();
    type(store, 'a1', 'A1', 'x');
    type(store, 'a2', 'A2', 'y');
    store.getState().apply({ type: 'setCardFields', cardIds: ['e1'], fields: { score: 2 } });
    store.getState().apply({ type: 'setCardFields', cardIds: ['e1'], fields: { score: -2 } });
    expect(store.getState().history.past.map((e) => e.label)).toEqual([
      'ops.setCardText',
      'ops.setCardText',
      'ops.setCardFields',
      'ops.setCardFields',
    ]);
  });

  test('undo is unlimited within the session and a new edit clears redo', () => {
    const store = loaded();
    for (let i = 0; i < 250; i++) {
      store.getState().apply({ type: 'renameStage', stageId: 's1', name: `n${i}` });
      store.getState().sealHistory();
    }
    while (store.getState().undo());
    expect(store.getState().doc?.stages[0]?.name).toBe('One');
    store.getState().redo();
    store.getState().apply({ type: 'renameLane', laneId: 'act', name: 'Doing' });
    expect(store.getState().history.future).toHaveLength(0);
    expect(store.getState().redo()).toBe(false);
  });

  test('an operation that changes nothing records no step', () => {
    const store = loaded();
    expect(store.getState().apply({ type: 'deleteCards', cardIds: ['nope'] })).toBe(false);
    expect(store.getState().history.past).toHaveLength(0);
    expect(isDirty(store.getState())).toBe(false);
  });

  test('a batch is one step', () => {
    const store = loaded();
    store.getState().applyBatch([
      { type: 'renameStage', stageId: 's1', name: 'A' },
      { type: 'renameStage', stageId: 's2', name: 'B' },
    ]);
    store.getState().undo();
    expect(store.getState().doc?.stages.map((s) => s.name)).toEqual(['One', 'Two', 'Three']);
  });

  test('a new card and the typing into it are one step; left empty it leaves no trace', () => {
    const store = loaded();
    const add = (id: string) => {
      store
        .getState()
        .apply(
          { type: 'addCard', card: { id, laneId: 'act', stageId: 's3', text: '' } },
          { coalesceKey: `setCardText:${id}` },
        );
      store.getState().startEditing(id, true);
    };
    add('n1');
    type(store, 'n1', '', 'Hello');
    store.getState().stopEditing();
    expect(store.getState().history.past).toHaveLength(1);
    add('n2');
    store.getState().stopEditing();
    expect(store.getState().doc?.cards.some((c) => c.id === 'n2')).toBe(false);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.future).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().doc?.cards.some((c) => c.id === 'n1')).toBe(false);
  });

  test('undo restores the selection of before the step; redo the one after', () => {
    const store = loaded();
    store.getState().selectCards(['a1']);
    store.getState().apply({ type: 'deleteCards', cardIds: ['a1'] });
    expect(store.getState().selection).toEqual({ kind: 'none' });
    store.getState().undo();
    expect(store.getState().selection).toEqual({ kind: 'cards', ids: ['a1'] });
  });
});

describe('dirty tracking', () => {
  test('an edit makes the document dirty; undoing back to the saved state makes it clean', () => {
    const store = loaded();
    expect(isDirty(store.getState())).toBe(false);
    store.getState().apply({ type: 'renameStage', stageId: 's1', name: 'First' });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(false);
    store.getState().redo();
    expect(isDirty(store.getState())).toBe(true);
  });

  test('saving marks the saved revision; undo past it is dirty again', () => {
    const store = loaded();
    store.getState().apply({ type: 'renameStage', stageId: 's1', name: 'First' });
    const { revision } = store.getState();
    store.getState().markSaved(revision, { handle: 'h', name: 'a.journey.json' });
    expect(isDirty(store.getState())).toBe(false);
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(true);
    store.getState().redo();
    expect(isDirty(store.getState())).toBe(false);
  });

  test('typing after a save does not join the saved step, so undo returns to the saved text', () => {
    const store = loaded();
    type(store, 'a1', 'A1', 'x');
    store.getState().markSaved(store.getState().revision, { handle: 'h', name: 'a' });
    // The editor keeps the card open: the step is sealed by the save itself.
    type(store, 'a1', 'A1x', 'y');
    store.getState().undo();
    expect(textOf(store, 'a1')).toBe('A1x');
    expect(isDirty(store.getState())).toBe(false);
  });

  test('a save that finishes after further edits leaves the document dirty', () => {
    const store = loaded();
    store.getState().apply({ type: 'renameStage', stageId: 's1', name: 'First' });
    const savedRevision = store.getState().revision;
    store.getState().apply({ type: 'renameStage', stageId: 's2', name: 'Second' });
    store.getState().markSaved(savedRevision, { handle: 'h', name: 'a' });
    expect(isDirty(store.getState())).toBe(true);
  });

  test('a restored recovery copy is dirty from the start', () => {
    const store = createEditorStore();
    store.getState().loadDocument(sampleMap(), { dirty: true, key: 'doc-1' });
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().docKey).toBe('doc-1');
  });
});
