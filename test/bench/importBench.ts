// Import benchmark: a generated 100,000-row CRM deals export (amoCRM-like, UTF-8 with BOM,
// semicolons, Cyrillic) read and counted per stage by `shared/import`, against papaparse
// alone on the same text (the floor: parsing without decoding, detection or counting).
// Peak memory is the process's maximum resident set, so the measurement runs in a child
// process of its own. Then the same export through the app's import dialog in headless
// Chromium (importWindow.ts): parsed in a worker, the page keeps drawing frames. Run alone
// (after `npm run build:renderer`): `node --import tsx test/bench/importBench.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { importMetrics, readCsvBytes } from '../../shared/import';

const ROWS = 100_000;
const STAGES = [
  'Первичный контакт',
  'Переговоры',
  'Принимают решение',
  'Согласование договора',
  'Успешно реализовано',
];
const OTHER = ['Закрыто и не реализовано'];
const PEOPLE = ['Иван Петров', 'Мария Соколова', 'Алексей Смирнов', 'Ольга Ким'];

function generate(): Uint8Array {
  const lines = [
    'ID;Название сделки;Бюджет ₽;Ответственный;Этап сделки;Воронка;Дата создания;Примечание',
  ];
  // xorshift32: the same "random" export on every run.
  let seed = 2463534242;
  const next = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const stages = [...STAGES, ...OTHER];
  for (let i = 0; i < ROWS; i++) {
    const note = i % 97 === 0 ? '"Перезвонить после 15:00;\nпросил КП"' : '';
    const day = String(1 + next(28)).padStart(2, '0');
    lines.push(
      [
        3_100_000 + i,
        `Сделка #${3_100_000 + i}`,
        `${1 + next(900)} 000`,
        PEOPLE[next(4)],
        stages[next(6)],
        'Продажи',
        `${day}.03.2026 1${next(9)}:${10 + next(50)}`,
        note,
      ].join(';'),
    );
  }
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

/** Heap in use after a full collection (the child runs with --expose-gc). */
function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function child(file: string): void {
  const bytes = new Uint8Array(readFileSync(file));
  const text = new TextDecoder().decode(bytes);
  const MB = 1024 * 1024;
  // The import first, so that the process's peak is the import's, not papaparse's.
  const heapBefore = heapAfterGc();
  const rssBefore = process.resourceUsage().maxRSS;
  const t1 = performance.now();
  const read = readCsvBytes(bytes, 'deals.csv', { language: 'ru' });
  if (!read.ok) throw new Error(read.problems[0]?.message);
  const outcome = importMetrics(
    read.table,
    STAGES.map((name, i) => ({ id: `s${i}`, name })),
    { language: 'ru', cumulative: true },
  );
  const importMs = performance.now() - t1;
  if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  // What the import worker holds while the dialog is open: the table, kept for re-runs.
  const heldMb = (heapAfterGc() - heapBefore) / MB;
  const rows = read.table.rows.length;

  const t0 = performance.now();
  Papa.parse(text, { delimiter: ';' });
  const papaMs = performance.now() - t0;
  const counted = outcome.result.measurements.map((m) => m.value).join(', ');
  process.stdout.write(
    [
      `${ROWS.toLocaleString('en')} deals, ${(bytes.length / MB).toFixed(1)} MB, layout ${outcome.result.mapping.layout} (cumulative: ${counted})`,
      `import (decode, parse, detect, count): ${importMs.toFixed(0)} ms; papaparse alone: ${papaMs.toFixed(0)} ms; ratio ${(importMs / papaMs).toFixed(2)}`,
      `peak resident memory: ${peakMb.toFixed(0)} MB (${(rssBefore / 1024).toFixed(0)} MB before the import, with the file read)`,
      `heap held by the parsed table (${rows.toLocaleString('en')} rows) after a full GC: ${heldMb.toFixed(0)} MB`,
      '',
    ].join('\n'),
  );
}

export async function run(): Promise<void> {
  // Generated here and read from a file there: the child's memory is the import's alone.
  const bytes = generate();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'journey-import-bench-'));
  const file = path.join(dir, 'deals.csv');
  writeFileSync(file, bytes);
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', file],
    {
      encoding: 'utf8',
    },
  );
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(result.stdout);
  if (result.status !== 0) throw new Error(result.stderr);
  // Loaded here only: vite and playwright would weigh on the child's memory figure.
  const { measureImportWindow } = await import('./importWindow');
  const window = await measureImportWindow(new TextDecoder().decode(bytes), STAGES);
  process.stdout.write(
    [
      `in the app (browser edition, import worker): preview after ${window.previewMs} ms;`,
      `  page thread meanwhile: longest frame gap ${window.longestFrameGapMs.toFixed(0)} ms, ` +
        `${window.longTasks} long tasks (longest ${window.longestTaskMs.toFixed(0)} ms)`,
      `  the same page idle for a second before: longest frame gap ${window.idleFrameGapMs.toFixed(0)} ms, ${window.idleLongTasks} long tasks`,
      '',
    ].join('\n'),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--child');
  if (at > 0) child(process.argv[at + 1] ?? '');
  else await run();
}
