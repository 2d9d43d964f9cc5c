/**
 * Semantic diff and three-way merge of generated maps beside the time to load one, measured
 * in one run: the diff of two versions (changes found and described in words) and the merge
 * of two branches' edits (as the merge driver runs it, without reading files), each as a
 * ratio to one validated load of the same map. Each branch edits 2 % of the cards' texts,
 * moves 1 %, adds 1 % and deletes 0.5 %.
 */
import { describeChanges, diffMaps } from '../../shared/diff';
import { createTranslate } from '../../shared/i18n/translate';
import { loadMap } from '../../shared/load';
import { mergeMaps } from '../../shared/merge';
import type { JourneyMap } from '../../shared/model';
import { applyOperations, type Operation } from '../../shared/ops';
import { serializeMap } from '../../shared/serialize';
import { generatedMap } from './generatedMap';

const SIZES = [1000, 3000];
const WARMUP = 5;
const RUNS = 21;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** One branch's edits: every `step`-th card from `offset`, so two branches never share one. */
function branch(map: JourneyMap, offset: number, tag: string): JourneyMap {
  const cards = map.cards;
  const pick = (share: number, shift: number) =>
    cards.filter((_, i) => i % Math.round(1 / share) === offset + shift * 2);
  const [lane, stage] = [map.lanes[0]?.id ?? '', map.stages[2]?.id ?? ''];
  const ops: Operation[] = [
    ...pick(0.02, 0).map((c): Operation => ({
      type: 'setCardText',
      cardId: c.id,
      text: `${c.text} (${tag})`,
    })),
    ...pick(0.01, 1).map((c): Operation => ({
      type: 'moveCards',
      cardIds: [c.id],
      laneId: lane,
      stageId: stage,
    })),
    ...pick(0.01, 2).map((c, i): Operation => ({
      type: 'addCard',
      card: { id: `${tag}-${i}`, laneId: c.laneId, stageId: c.stageId, text: `New ${tag} ${i}` },
    })),
  ];
  const deletes = pick(0.005, 3).map((c) => c.id);
  const edited = applyOperations(map, ops);
  return applyOperations(edited, [{ type: 'deleteCards', cardIds: deletes }]);
}

export async function run(): Promise<void> {
  process.stdout.write(
    `Diff and merge beside one validated load of the same map (median of ${RUNS} runs)\n`,
  );
  const t = createTranslate('en');
  for (const size of SIZES) {
    const loaded = loadMap(JSON.stringify(generatedMap(size)));
    if (!loaded.ok) throw new Error('the generated map must load');
    const base = loaded.map;
    const text = serializeMap(base);
    const ours = branch(base, 0, 'ours');
    const theirs = branch(base, 1, 'theirs');
    const load: number[] = [];
    const diff: number[] = [];
    const words: number[] = [];
    const merge: number[] = [];
    let changes = 0;
    let conflicts = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const l = time(() => loadMap(text));
      const found = diffMaps(base, ours);
      const d = time(() => diffMaps(base, ours));
      const w = time(() => describeChanges(found, base, ours, t));
      const m = time(() => {
        const result = mergeMaps(base, ours, theirs);
        if (result.ok) conflicts = result.conflicts.length;
      });
      changes = found.length;
      if (i >= WARMUP) {
        load.push(l);
        diff.push(d);
        words.push(w);
        merge.push(m);
      }
    }
    const [l, d, w, m] = [median(load), median(diff), median(words), median(merge)];
    process.stdout.write(
      `${String(size).padStart(5)} cards   load ${l.toFixed(1).padStart(6)} ms` +
        `   diff ${d.toFixed(1).padStart(5)} ms (${(d / l).toFixed(2)}×, ${changes} changes)` +
        `   in words ${w.toFixed(1).padStart(5)} ms (${(w / l).toFixed(2)}×)` +
        `   merge ${m.toFixed(1).padStart(6)} ms (${(m / l).toFixed(2)}×, ${conflicts} conflicts)\n`,
    );
  }
}
