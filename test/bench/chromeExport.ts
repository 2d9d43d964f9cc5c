// The Chromium side of cliExport.bench.ts: what `journey-studio export` did before the export
// core ran in Node, for the same maps: start a headless Chromium with the export page, export
// each map there, write the files, close. Args: CHROME FORMAT OUT_DIR MAP...
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openChromeRenderer } from '../../electron/cli/export/chromeRenderer';
import { normalizeOptions } from '../../shared/export/options';

const [chromePath = '', format = 'pdf', outDir = '', ...maps] = process.argv.slice(2);
const renderer = await openChromeRenderer({
  rendererDir: path.resolve('dist/renderer'),
  chromePath,
});
try {
  mkdirSync(outDir, { recursive: true });
  const options = normalizeOptions({ format: format === 'svg' ? 'svg' : 'pdf' });
  for (const map of maps) {
    const bytes = await renderer.exportMap(readFileSync(map, 'utf8'), options, '2026-11-30');
    writeFileSync(path.join(outDir, `${path.basename(map, '.journey.json')}.${format}`), bytes);
  }
} finally {
  await renderer.close();
}
