/**
 * Layout speed: `layoutMap` on generated maps of 1,000 and 3,000 cards (12 stages, 10 lanes
 * including an emotion lane and KPIs, texts of 2 to 24 words, some in Persian and Ukrainian),
 * then load and layout of each bundled example map (templates/examples).
 * Run by `npm run bench` (test/bench/run.ts), or alone:
 *   node --import tsx -e "import('./test/bench/layout.bench.ts').then((m) => m.run())"
 */
import { generateKeyBetween } from 'fractional-indexing';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadMap } from '../../shared/load';
import { JourneyMapSchema, LANE_KINDS, type JourneyMap } from '../../shared/model';
import { createLayoutCache, layoutMap } from '../../shared/layout';
import { applyOperations } from '../../shared/ops';

const WORDS = [
  'customer',
  'cannot',
  'find',
  'the',
  'delivery',
  'date',
  'before',
  'paying',
  'support',
  'answers',
  'slowly',
  'checkout',
  'fails',
  'on',
  'mobile',
  'клієнт',
  'оплата',
  'доставка',
  'مشتری',
  'سفارش',
  'پرداخت',
  'Zażółć',
  'gęślą',
  'jaźń',
];

/** A deterministic map with `cardCount` cards spread over 12 stages and 10 lanes. */
export function generatedMap(cardCount: number): JourneyMap {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  // Ten lanes: every kind but the four rarely used ones.
  const rare: readonly string[] = ['channels', 'physicalEvidence', 'support', 'text'];
  const kinds = LANE_KINDS.filter((kind) => !rare.includes(kind));
  const stages = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` }));
  const lanes = kinds.map((kind, i) => ({ id: `l${i}`, name: `Lane ${kind}`, kind }));
  // Order keys as the format has them (fractional indexing), one after another in each cell.
  const orders = new Map<string, string>();
  const cards = Array.from({ length: cardCount }, (_, i) => {
    const lane = lanes[Math.floor(random() * lanes.length)] ?? lanes[0];
    const stage = stages[Math.floor(random() * stages.length)] ?? stages[0];
    const key = `${lane?.id}/${stage?.id}`;
    const order = generateKeyBetween(orders.get(key) ?? null, null);
    orders.set(key, order);
    const words = Array.from(
      { length: 2 + Math.floor(random() * 23) },
      () => WORDS[Math.floor(random() * WORDS.length)],
    );
    return {
      id: `c${i}`,
      laneId: lane?.id ?? 'l0',
      stageId: stage?.id ?? 's0',
      order,
      text: words.join(' '),
      ...(lane?.kind === 'emotions' ? { score: Math.floor(random() * 5) - 2 } : {}),
      ...(lane?.kind === 'painPoints' ? { severity: 'high', votes: i % 7 } : {}),
      ...(lane?.kind === 'kpis' ? { metric: { value: `${i}%`, target: '80%' } } : {}),
    };
  });
  const connectors = Array.from({ length: Math.floor(cardCount / 10) }, (_, i) => ({
    id: `k${i}`,
    from: `c${i}`,
    to: `c${i + 1}`,
  }));
  return JourneyMapSchema.parse({
    format: 'journey-map',
    version: 3,
    title: 'Bench',
    stages,
    lanes,
    cards,
    connectors,
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median time of `fn` in ms over `runs` runs, after 20 warm-up runs. */
function time(fn: (i: number) => void, runs = 21): number {
  for (let i = 0; i < 20; i += 1) fn(i); // let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function run(): Promise<void> {
  for (const count of [1000, 3000]) {
    const map = generatedMap(count);
    const cold = time(() => layoutMap(map));
    // The editor's case: one card edited, the cache holds the previous layout.
    const cache = createLayoutCache();
    let current = map;
    layoutMap(current, { cache });
    const edited = time((i) => {
      current = applyOperations(current, [
        { type: 'setCardText', cardId: `c${i % count}`, text: `edit ${i}` },
      ]);
      layoutMap(current, { cache });
    });
    const layout = layoutMap(map);
    const chars = map.cards.reduce((sum, c) => sum + c.text.length, 0) / count;
    console.log(
      `layout ${count} cards (${Math.round(chars)} chars a card): ${cold.toFixed(2)} ms from scratch, ` +
        `${edited.toFixed(2)} ms after a one-card edit with the cache (edit included); ` +
        `map ${Math.round(layout.width)}×${Math.round(layout.height)} px`,
    );
  }
  // The bundled examples: real maps (Cyrillic, Persian right to left, a blueprint, metrics).
  const dir = 'templates/examples';
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.journey.json'))
    .sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const loaded = loadMap(text);
    if (!loaded.ok || loaded.warnings.length > 0) throw new Error(`${file} must load cleanly`);
    const { map } = loaded;
    const load = time(() => loadMap(text));
    const cold = time(() => layoutMap(map));
    console.log(
      `example ${file} (${map.cards.length} cards, ${map.measurements.length} measurements): ` +
        `load ${load.toFixed(2)} ms, layout ${cold.toFixed(2)} ms from scratch`,
    );
  }
}
