import { readFileSync } from 'node:fs';
import { loadMap } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import { applyOperations, type Operation } from '../../../shared/ops';

/** How many cards each cell of the classic template gets: most cells 1–3, some none. */
const PATTERN = [2, 1, 0, 3, 1, 2, 1];

/**
 * The classic template (6 stages × 6 lanes) filled the way a workshop fills it: 1–3 cards in
 * most cells, some cells empty, made with the app's own operations. Card ids name their
 * cell: `card-<lane>-<stage>-<n>`.
 */
export function realisticMap(): JourneyMap {
  const loaded = loadMap(readFileSync('templates/01-classic.journey.json', 'utf8'));
  if (!loaded.ok) throw new Error('the classic template must load');
  const { map } = loaded;
  const ops: Operation[] = [];
  map.lanes.forEach((lane, i) => {
    map.stages.forEach((stage, j) => {
      const count = PATTERN[(i * 3 + j) % PATTERN.length] as number;
      for (let n = 1; n <= count; n++) {
        const id = `card-${lane.id}-${stage.id}-${n}`;
        ops.push({
          type: 'addCard',
          card: {
            id,
            laneId: lane.id,
            stageId: stage.id,
            text: `${stage.name}: ${lane.name} ${n}`,
          },
        });
      }
    });
  });
  return applyOperations(map, ops);
}

/** The ids of the cards in one cell, in their order. */
export function cellIds(map: JourneyMap, laneId: string, stageId: string): string[] {
  return map.cards
    .filter((c) => c.laneId === laneId && c.stageId === stageId)
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map((c) => c.id);
}
