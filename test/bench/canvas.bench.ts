/**
 * The editor's canvas against a bare React Flow canvas with the same number of default nodes
 * (React Flow's defaults, and again with onlyRenderVisibleElements), in one headless Chromium
 * run, on generated maps of 1,000 and 3,000 cards: time to the first full render, frame times
 * while panning with the mouse for 2 s, one text edit to paint, and card components rendered
 * by that edit. Run by `npm run bench`, or alone:
 *   node --import tsx -e "import('./test/bench/canvas.bench.ts').then((m) => m.run())"
 * The machine is shared: compare the ratios of one run, not figures across runs.
 */
import { measureRow } from './canvas/driver';
import { startCanvasPages } from './canvas/pages';
import { canvasTable } from './canvas/table';

const SIZES = [1000, 3000];

export async function run(): Promise<void> {
  const pages = await startCanvasPages();
  try {
    const rows = [];
    for (const cards of SIZES) rows.push(await measureRow(pages, cards));
    console.log(canvasTable(rows));
  } finally {
    await pages.close();
  }
}
