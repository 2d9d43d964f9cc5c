import type { Page } from 'playwright-core';
import type { CanvasKind, Viewport } from './api';
import type { CanvasPages } from './pages';

/** One canvas's figures for one map size. */
export interface CanvasFigures {
  kind: CanvasKind;
  cards: number;
  /** From render() to the first frame of the settled canvas. */
  firstRenderMs: number;
  /** Mean time between frames while panning, and the frames per second it makes. */
  meanFrameMs: number;
  fps: number;
  /** The slowest 5 % of pan frames start at this time. */
  p95FrameMs: number;
  /** One text edit to the frame after it painted (median of EDITS edits). */
  editMs: number;
  /** Card components rendered per edit (editor only). */
  cardRendersPerEdit: number | null;
  /** Card nodes in the DOM before panning. */
  mountedCards: number;
}

const PAN_MS = 2000;
/** About a screen height per second and a half: new rows keep coming into view. */
const PAN_SPEED = 600;
const EDITS = 5;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function measure(page: Page): Promise<CanvasFigures> {
  const { kind, cards, firstRenderMs, mountedCards } = await page.evaluate(async () => {
    const api = window.canvasBench;
    if (!api) throw new Error('no bench api');
    return {
      kind: api.kind,
      cards: api.cards,
      firstRenderMs: await api.firstRender,
      mountedCards: api.mountedCards(),
    };
  });
  const edits = [];
  for (let i = 0; i < EDITS; i += 1) {
    const edit = await page.evaluate(() => window.canvasBench?.edit());
    if (!edit?.shown) throw new Error(`${kind} canvas: the edited card does not show its new text`);
    edits.push(edit);
  }
  const { frameTimes } = await page.evaluate(
    ([ms, speed]) => {
      const api = window.canvasBench;
      if (!api) throw new Error('no bench api');
      return api.pan(ms, speed);
    },
    [PAN_MS, PAN_SPEED] as const,
  );
  const meanFrameMs = frameTimes.reduce((a, b) => a + b, 0) / Math.max(1, frameTimes.length);
  const sorted = [...frameTimes].sort((a, b) => a - b);
  const renders = edits.map((e) => e.cardRenders);
  return {
    kind,
    cards,
    firstRenderMs,
    meanFrameMs,
    fps: 1000 / meanFrameMs,
    p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
    editMs: median(edits.map((e) => e.ms)),
    cardRendersPerEdit: renders.every((r) => r !== null)
      ? renders.reduce<number>((a, b) => a + (b ?? 0), 0) / renders.length
      : null,
    mountedCards,
  };
}

/** The three canvases measured on one map size. */
export interface CanvasRow {
  editor: CanvasFigures;
  bare: CanvasFigures;
  bareVisible: CanvasFigures;
}

async function measureOpened(
  pages: CanvasPages,
  kind: CanvasKind,
  cards: number,
  viewport?: Viewport,
): Promise<{ figures: CanvasFigures; viewport: Viewport }> {
  const page = await pages.open(kind, cards, viewport);
  try {
    const shown = await page.evaluate(
      () => window.canvasBench?.viewport() ?? { x: 0, y: 0, zoom: 1 },
    );
    return { figures: await measure(page), viewport: shown };
  } finally {
    await page.close();
  }
}

/**
 * The editor canvas, then a bare canvas (React Flow's defaults) and a bare canvas that renders
 * only visible elements, both opened on the view the editor chose for the map, in one browser.
 */
export async function measureRow(pages: CanvasPages, cards: number): Promise<CanvasRow> {
  const editor = await measureOpened(pages, 'editor', cards);
  const bare = await measureOpened(pages, 'bare', cards, editor.viewport);
  const bareVisible = await measureOpened(pages, 'bare-visible', cards, editor.viewport);
  return { editor: editor.figures, bare: bare.figures, bareVisible: bareVisible.figures };
}
