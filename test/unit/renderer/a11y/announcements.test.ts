import { describe, expect, test } from 'vitest';
import { announcementFor } from '../../../../renderer/a11y/describeStep';
import { createEditorStore } from '../../../../renderer/store';
import { sampleMap } from '../../shared/ops/sampleMap';

/** What the live region would say: the announcement's key and values. */
function setup() {
  const store = createEditorStore();
  store.getState().loadDocument(sampleMap());
  const heard = () => {
    const { lastChange, doc } = store.getState();
    return announcementFor(lastChange, doc);
  };
  return { store, heard };
}

describe('announcements for screen readers', () => {
  test('a card added, moved or deleted is announced with where it is', () => {
    const { store, heard } = setup();
    const card = { id: 'new', laneId: 'emo', stageId: 's3', text: '' };
    store.getState().apply({ type: 'addCard', card });
    expect(heard()).toMatchObject({
      key: 'a11y.announce.cardAdded',
      values: { lane: 'Feelings', stage: 'Three' },
    });
    store
      .getState()
      .apply({ type: 'moveCards', cardIds: ['a1', 'a2'], laneId: 'pain', stageId: 's2', index: 0 });
    expect(heard()).toMatchObject({
      key: 'a11y.announce.cardsMoved',
      values: { count: 2, lane: 'Pains', stage: 'Two' },
    });
    store.getState().apply({ type: 'deleteCards', cardIds: ['b1'] });
    expect(heard()).toMatchObject({ key: 'a11y.announce.cardsDeleted', values: { count: 1 } });
  });

  test('typing into a card says nothing new; undo and redo say what they did', () => {
    const { store, heard } = setup();
    store.getState().apply({ type: 'setCardText', cardId: 'a1', text: 'A' });
    expect(heard()).toBeNull();
    store.getState().undo();
    expect(heard()).toMatchObject({
      key: 'a11y.announce.undone',
      values: { action: 'ops.setCardText' },
    });
    const before = store.getState().lastChange?.id;
    store.getState().redo();
    expect(heard()).toMatchObject({
      key: 'a11y.announce.redone',
      values: { action: 'ops.setCardText' },
    });
    expect(store.getState().lastChange?.id).not.toBe(before);
  });

  test('saving is announced with the file name', () => {
    const { store, heard } = setup();
    store
      .getState()
      .markSaved(store.getState().revision, { handle: 'h', name: 'map.journey.json' });
    expect(heard()).toMatchObject({
      key: 'a11y.announce.saved',
      values: { name: 'map.journey.json' },
    });
  });
});
