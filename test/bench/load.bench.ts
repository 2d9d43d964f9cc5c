/**
 * Validated load (parse + validate + migrate + repair checks) against raw `JSON.parse` of
 * the same text, and serialise time, for generated maps of 1,000 and 3,000 cards. The aim
 * is a load within 3× of `JSON.parse`. Two zod modes: the default (Node: the CLI and the
 * main process; zod's compiled fast path) and jitless (the renderer, whose CSP forbids
 * `new Function`). Jitless must be set before zod builds the schemas, so it runs in a
 * fresh Node process (this file with `--jitless`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { generatedMap } from './generatedMap';

const SIZES = [1000, 3000];
const WARMUP = 30;
const RUNS = 60;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function measure(mode: string): Promise<void> {
  // Imported here, after any z.config, so that the schemas are built in the chosen mode.
  const { loadMap } = await import('../../shared/load');
  const { serializeMap } = await import('../../shared/serialize');
  for (const cards of SIZES) {
    const first = loadMap(JSON.stringify(generatedMap(cards)));
    if (!first.ok || first.warnings.length > 0)
      throw new Error('the generated map must load cleanly');
    const text = serializeMap(first.map);
    const parse: number[] = [];
    const load: number[] = [];
    const serialize: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      let start = performance.now();
      JSON.parse(text);
      const parsed = performance.now() - start;
      start = performance.now();
      const result = loadMap(text);
      const loaded = performance.now() - start;
      if (!result.ok) throw new Error('load failed');
      start = performance.now();
      serializeMap(result.map);
      const serialized = performance.now() - start;
      if (i >= WARMUP) {
        parse.push(parsed);
        load.push(loaded);
        serialize.push(serialized);
      }
    }
    const [p, l, s] = [median(parse), median(load), median(serialize)];
    process.stdout.write(
      `${mode.padEnd(9)} ${String(cards).padStart(5)} cards ${`${Math.round(text.length / 1024)} KB`.padStart(7)}` +
        `   JSON.parse ${p.toFixed(2).padStart(6)} ms   load ${l.toFixed(2).padStart(6)} ms` +
        `   load/parse ${(l / p).toFixed(2).padStart(5)}×   serialise ${s.toFixed(2).padStart(6)} ms\n`,
    );
  }
}

export async function run(): Promise<void> {
  process.stdout.write(
    `Validated load vs raw JSON.parse (median of ${RUNS} runs; aim: load within 3×)\n`,
  );
  await measure('default');
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--jitless'],
    {
      stdio: 'inherit',
    },
  );
  if (child.status !== 0) throw new Error('the jitless run failed');
}

if (process.argv[2] === '--jitless') {
  z.config({ jitless: true });
  await measure('jitless');
}
