import type { Root } from 'react-dom/client';
import { Canvas } from '../../../renderer/canvas/Canvas';
import { renderCounts } from '../../../renderer/canvas/renderProbe';
import { createEditorStore, EditorStoreProvider, useEditor } from '../../../renderer/store';
import '../../../renderer/theme/theme.css';
import type { JourneyMap } from '../../../shared/model';
import type { CanvasBenchApi } from './api';
import { benchApi } from './benchApi';

/** The editor's own canvas, fed by the editor's store as in the app (without the panels). */
function EditorCanvas() {
  const doc = useEditor((s) => s.doc);
  return doc ? <Canvas doc={doc} /> : null;
}

const cardArticle = (id: string) =>
  document.querySelector(`article[data-card-id="${CSS.escape(id)}"]`);

export function mountEditor(root: Root, map: JourneyMap): CanvasBenchApi {
  const store = createEditorStore();
  store.getState().loadDocument(map);
  const start = performance.now();
  root.render(
    <EditorStoreProvider store={store}>
      <EditorCanvas />
    </EditorStoreProvider>,
  );
  return benchApi({
    kind: 'editor',
    cards: map.cards.length,
    start,
    cardElements: () =>
      [...document.querySelectorAll<HTMLElement>('article[data-card-id]')].map((element) => ({
        element,
        id: element.dataset.cardId ?? '',
      })),
    textOf: (id) => store.getState().doc?.cards.find((c) => c.id === id)?.text ?? '',
    // What typing in a card does: one setCardText operation through the store.
    setText: (cardId, text) => store.getState().apply({ type: 'setCardText', cardId, text }),
    shownText: (id) => cardArticle(id)?.getAttribute('aria-label') ?? null,
    cardRenders: () => renderCounts.card ?? 0,
  });
}
