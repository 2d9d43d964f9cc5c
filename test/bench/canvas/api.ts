/**
 * What the canvas benchmark page (page.tsx) offers the Node driver and the canvas e2e test,
 * as `window.canvasBench`. Plain data crosses the page boundary.
 */
/** `bare-visible`: the bare canvas with `onlyRenderVisibleElements`, as the editor has it. */
export type CanvasKind = 'editor' | 'bare' | 'bare-visible';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface PanResult {
  /** Time between consecutive animation frames while panning (ms). */
  frameTimes: number[];
}

export interface EditResult {
  /** From the store edit (or the bare canvas's setNodes) to the frame after it painted (ms). */
  ms: number;
  /** Card components rendered for this edit (editor only; the bare canvas has none). */
  cardRenders: number | null;
  /** Whether the edited card shows its new text. */
  shown: boolean;
}

export interface CanvasBenchApi {
  readonly kind: CanvasKind;
  readonly cards: number;
  /** From `render()` to the first frame of the settled canvas (ms); resolves once settled. */
  readonly firstRender: Promise<number>;
  /** The canvas's pan and zoom, read from the drawn viewport. */
  viewport(): Viewport;
  /** Card nodes in the DOM (visible ones, when only visible elements are rendered). */
  mountedCards(): number;
  /** Ids of the card nodes in the DOM. */
  mountedCardIds(): string[];
  /** Drags the pane upwards with the mouse (synthetic events, one move per frame). */
  pan(durationMs: number, pixelsPerSecond: number): Promise<PanResult>;
  /** Changes the text of the card nearest the middle of the view, keeping its length. */
  edit(): Promise<EditResult>;
  /** Card components rendered so far (editor only). */
  cardRenders(): number | null;
}

declare global {
  interface Window {
    canvasBench?: CanvasBenchApi;
  }
}
