import { describe, expect, test } from 'vitest';
import { createEditorStore, type EditorStore } from '../../../../renderer/store';
import { sampleMap } from '../../shared/ops/sampleMap';

function loaded(): EditorStore {
  const store = createEditorStore();
  store.getState().loadDocument(sampleMap());
  return store;
}

describe('selection', () => {
  test('selecting cards moves the active cell to the first one’s cell', () => {
    const store = loaded();
    store.getState().selectCards(['b1', 'a1']);
    expect(store.getState().selection).toEqual({ kind: 'cards', ids: ['b1', 'a1'] });
    expect(store.getState().cursor).toEqual({ laneId: 'act', stageId: 's2' });
  });

  test('choosing a cell clears the selection and leaves editing', () => {
    const store = loaded();
    store.getState().startEditing('a1');
    store.getState().setCursor({ laneId: 'emo', stageId: 's3' });
    expect(store.getState().selection.kind).toBe('none');
    expect(store.getState().editing).toBeNull();
  });

  test('deleted cards leave the selection; undo brings the selection back with them', () => {
    const store = loaded();
    store.getState().selectCards(['a1', 'a2']);
    store.getState().apply({ type: 'deleteCards', cardIds: ['a1'] });
    expect(store.getState().selection).toEqual({ kind: 'cards', ids: ['a2'] });
    store.getState().undo();
    expect(store.getState().selection).toEqual({ kind: 'cards', ids: ['a1', 'a2'] });
  });

  test('a deleted stage is no longer selected, nor its cell active', () => {
    const store = loaded();
    store.getState().setCursor({ laneId: 'pain', stageId: 's3' });
    store.getState().select({ kind: 'stage', id: 's3' });
    store.getState().apply({ type: 'deleteStage', stageId: 's3' });
    expect(store.getState().selection.kind).toBe('none');
    expect(store.getState().cursor).toBeNull();
  });

  test('selecting another card leaves in-place editing; the edited card stays edited', () => {
    const store = loaded();
    store.getState().startEditing('a1');
    store.getState().selectCards(['a1', 'a2']);
    expect(store.getState().editing?.cardId).toBe('a1');
    store.getState().selectCards(['b1']);
    expect(store.getState().editing).toBeNull();
  });
});
