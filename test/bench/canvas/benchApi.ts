import type { CanvasBenchApi, CanvasKind } from './api';
import { afterPaint, drawnViewport, editedText, nearestToMiddle, panUp, settled } from './inPage';

/** What differs between the editor canvas and the bare one; benchApi() does the rest. */
export interface CanvasParts {
  kind: CanvasKind;
  cards: number;
  /** performance.now() just before the canvas was handed to React. */
  start: number;
  /** The card nodes in the DOM, each with the id of the card it shows. */
  cardElements(): { element: HTMLElement; id: string }[];
  textOf(id: string): string;
  /** Changes a card's text the way this canvas's users would. */
  setText(id: string, text: string): void;
  /** The text the card's DOM node shows now. */
  shownText(id: string): string | null;
  cardRenders(): number | null;
}

export function benchApi(parts: CanvasParts): CanvasBenchApi {
  return {
    kind: parts.kind,
    cards: parts.cards,
    firstRender: settled(parts.start),
    viewport: drawnViewport,
    mountedCards: () => parts.cardElements().length,
    mountedCardIds: () => parts.cardElements().map((c) => c.id),
    pan: panUp,
    async edit() {
      const elements = parts.cardElements();
      const nearest = nearestToMiddle(elements.map((c) => c.element));
      const id = elements.find((c) => c.element === nearest)?.id;
      if (id === undefined) throw new Error('no card in view to edit');
      const text = editedText(parts.textOf(id));
      const before = parts.cardRenders();
      const begin = performance.now();
      parts.setText(id, text);
      const painted = await afterPaint();
      await afterPaint(); // anything that renders late is counted too
      const after = parts.cardRenders();
      return {
        ms: painted - begin,
        cardRenders: before === null || after === null ? null : after - before,
        shown: parts.shownText(id) === text,
      };
    },
    cardRenders: parts.cardRenders,
  };
}
