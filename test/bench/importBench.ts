// Import benchmark: a generated 100,000-row CRM deals export (amoCRM-like, UTF-8 with BOM,
// semicolons, Cyrillic) read and counted per stage by `shared/import`, against papaparse
// alone on the same text (the floor: parsing without decoding, detection or counting).
// Peak memory is the process's maximum resident set, so the measurement runs in a child
// process of its own. Run alone: `node --import tsx test/bench/importBench.ts`.
import { spawnSync } from 'node:child_process';
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

function child(): void {
  const bytes = generate();
  const text = new TextDecoder().decode(bytes);
  const baseline = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  Papa.parse(text, { delimiter: ';' });
  const papaMs = performance.now() - t0;

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
  const counted = outcome.result.measurements.map((m) => m.value).join(', ');
  process.stdout.write(
    [
      `${ROWS.toLocaleString('en')} deals, ${(bytes.length / 1024 / 1024).toFixed(1)} MB, layout ${outcome.result.mapping.layout} (cumulative: ${counted})`,
      `import (decode, parse, detect, count): ${importMs.toFixed(0)} ms; papaparse alone: ${papaMs.toFixed(0)} ms; ratio ${(importMs / papaMs).toFixed(2)}`,
      `peak resident memory: ${peakMb.toFixed(0)} MB (${(baseline / 1024).toFixed(0)} MB before parsing)`,
      '',
    ].join('\n'),
  );
}

export function run(): Promise<void> {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'],
    {
      encoding: 'utf8',
    },
  );
  process.stdout.write(result.stdout);
  if (result.status !== 0) throw new Error(result.stderr);
  return Promise.resolve();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--child')) child();
  else await run();
}
