/**
 * Export speed and size: a 1,000-card map (test/bench/generatedMap.ts) exported to PNG 2× and
 * to a tiled A3 PDF by the app's own exporters in the headless export page (Debian Chromium
 * through playwright-core, as `journey-studio export` runs them). Times include loading the
 * map in the page and handing the file back to Node. Run by `npm run bench` (after the build),
 * or alone:
 *   node --import tsx -e "import('./test/bench/export.bench.ts').then((m) => m.run())"
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openChromeRenderer } from '../../electron/cli/export/chromeRenderer';
import type { DeepPartial, ExportOptions } from '../../shared/export/options';
import { generatedMap } from './generatedMap';

const CASES: { name: string; options: DeepPartial<ExportOptions> }[] = [
  { name: 'PNG 2×', options: { format: 'png', png: { scale: 2, background: 'white' } } },
  {
    name: 'PDF A3 tiled',
    options: { format: 'pdf', pdf: { page: 'A3', orientation: 'landscape', fit: 'tile' } },
  },
  { name: 'SVG (fonts embedded)', options: { format: 'svg', svg: { embedFonts: true } } },
];

export async function run(): Promise<void> {
  const text = JSON.stringify(generatedMap(1000));
  const renderer = await openChromeRenderer({
    rendererDir: path.resolve('dist/renderer'),
    ...(process.env.CHROMIUM_PATH ? { chromePath: process.env.CHROMIUM_PATH } : {}),
  });
  try {
    for (const { name, options } of CASES) {
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < 3; i += 1) {
        const start = performance.now();
        const bytes = await renderer.exportMap(text, options, '2026-01-01');
        times.push(performance.now() - start);
        size = bytes.length;
      }
      const [first = 0, ...warm] = times;
      const best = Math.min(...warm);
      console.log(
        `export 1000 cards, ${name}: ${(first / 1000).toFixed(2)} s first, ${(best / 1000).toFixed(2)} s warm; ` +
          `${(size / 1024 / 1024).toFixed(2)} MB`,
      );
    }
  } finally {
    await renderer.close();
  }
}
