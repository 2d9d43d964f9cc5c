import { idSet, newId } from '../../shared/ops';
import { selectedCardIds, type EditorStore } from '../store';
import type { ActionContext } from './types';

/** Delete: the selected cards, connector, or stage or lane (asking first when it holds cards). */
export async function deleteSelection({ store, t }: ActionContext): Promise<void> {
  const { doc, selection } = store.getState();
  if (!doc) return;
  switch (selection.kind) {
    case 'cards':
      store.getState().apply({ type: 'deleteCards', cardIds: selection.ids });
      return;
    case 'connector':
      store.getState().apply({ type: 'deleteConnectors', connectorIds: [selection.id] });
      return;
    case 'stage':
    case 'lane': {
      const { kind, id } = selection;
      const owner =
        kind === 'stage' ? doc.stages.find((s) => s.id === id) : doc.lanes.find((l) => l.id === id);
      const count = doc.cards.filter(
        (c) => (kind === 'stage' ? c.stageId : c.laneId) === id,
      ).length;
      if (!owner) return;
      if (count > 0) {
        const choice = await store.getState().ask({
          title: t(`editor.prompts.delete.${kind}Title`),
          message: t(`editor.prompts.delete.${kind}Message`, { name: owner.name, count }),
          choices: [
            { id: 'delete', label: t('editor.prompts.delete.confirm'), tone: 'danger' },
            { id: 'cancel', label: t('editor.prompts.cancel') },
          ],
        });
        if (choice !== 'delete') return;
      }
      store
        .getState()
        .apply(
          kind === 'stage'
            ? { type: 'deleteStage', stageId: id }
            : { type: 'deleteLane', laneId: id },
        );
      return;
    }
    case 'none':
      return;
  }
}

/** Ctrl/Cmd+D: copies of the selected cards right after them, then selected. */
export function duplicateSelection(store: EditorStore): void {
  const { doc, selection } = store.getState();
  const ids = selectedCardIds(selection);
  if (!doc || ids.length === 0) return;
  const taken = idSet(doc.cards);
  const newIds = ids.map(() => {
    const id = newId('card', taken);
    taken.add(id);
    return id;
  });
  if (store.getState().apply({ type: 'duplicateCards', cardIds: ids, newIds })) {
    store.getState().selectCards(newIds);
  }
}

/** Select All: the text of a focused field, else every card of the map. */
export function selectAll(store: EditorStore): void {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    active.select();
    return;
  }
  const { doc } = store.getState();
  if (doc) store.getState().selectCards(doc.cards.map((c) => c.id));
}

/** Add stage: after the selected stage (else at the end), its name ready to type. */
export function addStage({ store, t }: ActionContext): void {
  const { doc, selection } = store.getState();
  if (!doc) return;
  const id = newId('stage', idSet(doc.stages));
  const after =
    selection.kind === 'stage' ? doc.stages.findIndex((s) => s.id === selection.id) : -1;
  const index = after >= 0 ? after + 1 : undefined;
  if (
    store
      .getState()
      .apply({ type: 'addStage', stage: { id, name: t('editor.defaults.stage') }, index })
  ) {
    store.getState().select({ kind: 'stage', id });
    store.getState().requestFocus({ kind: 'stage', id });
  }
}

/** Add lane: after the selected lane (else at the end), its name ready to type. */
export function addLane({ store, t }: ActionContext): void {
  const { doc, selection } = store.getState();
  if (!doc) return;
  const id = newId('lane', idSet(doc.lanes));
  const after = selection.kind === 'lane' ? doc.lanes.findIndex((l) => l.id === selection.id) : -1;
  const index = after >= 0 ? after + 1 : undefined;
  const lane = { id, name: t('editor.defaults.lane'), kind: 'actions' as const };
  if (store.getState().apply({ type: 'addLane', lane, index })) {
    store.getState().select({ kind: 'lane', id });
    store.getState().requestFocus({ kind: 'lane', id });
  }
}
