/**
 * `journey-studio export` of real maps from the command line, as a CI job runs it: one map,
 * and 20 maps in one run (`--out-dir`), PDF and SVG drawn in plain Node by the shared export
 * core, beside the same maps exported through headless Chromium (the export page, as the
 * CLI did before and still does for PNG) in the same run. Wall time of the whole process
 * (start-up included) and the peak memory of its process tree (the browser's included).
 * Run by `npm run bench` (after the build), or alone:
 *   node --import tsx -e "import('./test/bench/cliExport.bench.ts').then((m) => m.run())"
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { watchTreeMemory } from './treeMemory';

const LAUNCHER = path.resolve('electron/cli/journey-studio.cjs');
const CHROME_SCRIPT = path.resolve('test/bench/chromeExport.ts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** 20 maps: the ten templates, the export fixture (three scripts, RTL) and copies of it. */
function mapFolder(): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'journey-bench-'));
  const sources = [
    ...readdirSync('templates')
      .filter((n) => n.endsWith('.journey.json'))
      .map((n) => path.resolve('templates', n)),
    path.resolve('test/fixtures/export/scripts.journey.json'),
  ];
  const files: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    const file = path.join(dir, `map-${String(i + 1).padStart(2, '0')}.journey.json`);
    copyFileSync(sources[i % sources.length] ?? '', file);
    files.push(file);
  }
  return { dir, files };
}

interface Measured {
  seconds: number;
  /** CPU time (user + system) of the whole process tree: what a loaded machine cannot hide. */
  cpu: number;
  mb: number;
}

/**
 * Runs a command under `sh`, which afterwards prints its own /proc stat: its children's CPU
 * time (cutime + cstime) then covers the command and every process it waited for, browser
 * included.
 */
async function timed(command: string, args: string[]): Promise<Measured> {
  const start = performance.now();
  const script = '"$@" >/dev/null || exit $?; cat /proc/$$/stat';
  const child = spawn('sh', ['-c', script, 'sh', command, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchTreeMemory(child.pid ?? -1);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const peak = memory.stop();
  if (code !== 0) throw new Error(`${path.basename(args[1] ?? command)} failed: ${stderr}`);
  const fields = stdout.slice(stdout.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[13] ?? 0) + Number(fields[14] ?? 0);
  return { seconds: (performance.now() - start) / 1000, cpu: ticks / 100, mb: peak / 1024 / 1024 };
}

export async function run(): Promise<void> {
  const { dir, files } = mapFolder();
  const out = path.join(dir, 'out');
  try {
    const rows: string[] = [];
    for (const format of ['pdf', 'svg'] as const) {
      for (const count of [1, 20]) {
        const maps = files.slice(0, count);
        // Warm the file cache once, then measure the best of three (by wall time).
        const node = (): Promise<Measured> =>
          timed(process.execPath, [
            LAUNCHER,
            'export',
            ...maps,
            '--out-dir',
            out,
            '--format',
            format,
          ]);
        const chrome = (): Promise<Measured> =>
          timed(process.execPath, [
            '--import',
            'tsx',
            CHROME_SCRIPT,
            CHROMIUM,
            format,
            out,
            ...maps,
          ]);
        await node();
        const best = async (f: () => Promise<Measured>) => {
          const runs = [await f(), await f(), await f()];
          return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
        };
        const n = await best(node);
        const c = await best(chrome);
        rows.push(
          `CLI export, ${count} map${count > 1 ? 's' : ''}, ${format.toUpperCase()}: ` +
            `Node ${n.seconds.toFixed(2)} s wall, ${n.cpu.toFixed(2)} s CPU, ${Math.round(n.mb)} MB peak; ` +
            `Chromium ${c.seconds.toFixed(2)} s wall, ${c.cpu.toFixed(2)} s CPU, ${Math.round(c.mb)} MB peak ` +
            `(Node/Chromium: wall ${(n.seconds / c.seconds).toFixed(2)}×, CPU ${(n.cpu / c.cpu).toFixed(2)}×)`,
        );
        console.log(rows.at(-1));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
