import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { layoutMap, TEXT_STYLES } from '../../../../shared/layout';
import { loadMap } from '../../../../shared/load';
import { voteRanking } from '../../../../renderer/workshop/voteView';
import {
  FOCUS_TEXT_PX,
  OVERVIEW_TEXT_PX,
  votingRows,
  WORKSHOP_LAYOUT,
  workshopViewport,
} from '../../../../renderer/workshop/workshopViewport';
import { edit } from '../../shared/ops/sampleMap';

const classic = () => {
  const loaded = loadMap(readFileSync('templates/01-classic.journey.json', 'utf8'));
  if (!loaded.ok) throw new Error('classic template does not load');
  return loaded.map;
};
const PROJECTOR = { width: 1920, height: 1080, top: 80, bottom: 76 };
const seen = (zoom: number) => TEXT_STYLES.card.fontSize * zoom;

describe('workshop mode on a 1920×1080 projector', () => {
  test('all six stages: card text at least 16 px as seen, the whole width on screen', () => {
    const layout = layoutMap(classic(), WORKSHOP_LAYOUT);
    const view = workshopViewport(layout, null, PROJECTOR);
    expect(seen(view.zoom)).toBeGreaterThanOrEqual(OVERVIEW_TEXT_PX);
    expect(view.x).toBeGreaterThanOrEqual(0);
    expect(view.x + layout.width * view.zoom).toBeLessThanOrEqual(PROJECTOR.width);
  });

  test('a stage in focus: 28 px text, centred, and the voting lanes between the bars', () => {
    const layout = layoutMap(classic(), WORKSHOP_LAYOUT);
    const column = layout.columns[2];
    const view = workshopViewport(layout, column?.stageId ?? null, PROJECTOR);
    expect(seen(view.zoom)).toBeGreaterThanOrEqual(FOCUS_TEXT_PX);
    const middle = view.x + ((column?.x ?? 0) + (column?.width ?? 0) / 2) * view.zoom;
    expect(Math.abs(middle - PROJECTOR.width / 2)).toBeLessThan(1);
    const votes = votingRows(layout);
    expect(votes).not.toBeNull();
    const top = view.y + (votes?.top ?? 0) * view.zoom;
    const bottom = view.y + (votes?.bottom ?? 0) * view.zoom;
    expect(top).toBeGreaterThanOrEqual(PROJECTOR.top + layout.corner.height * view.zoom - 1);
    expect(bottom).toBeLessThanOrEqual(PROJECTOR.height - PROJECTOR.bottom + 1);
  });
});

describe('the ranking of the most-voted cards', () => {
  test('across the map, most first, ties sharing a rank; cards without votes left out', () => {
    // p1 (stage 3) has two votes already; p2 (stage 1) gets two, p3 one, p4 none.
    const add = (id: string, stageId: string) => ({
      type: 'addCard' as const,
      card: { id, laneId: 'pain', stageId, text: id.toUpperCase() },
    });
    const vote = (cardId: string) => ({ type: 'castVote' as const, cardId });
    const map = edit([
      add('p2', 's1'),
      add('p3', 's2'),
      add('p4', 's2'),
      vote('p2'),
      vote('p2'),
      vote('p3'),
    ]);
    const ranked = voteRanking(map);
    expect(ranked.map((r) => [r.card.id, r.rank, r.laneName, r.stageName])).toEqual([
      ['p2', 1, 'Pains', 'One'],
      ['p1', 1, 'Pains', 'Three'],
      ['p3', 3, 'Pains', 'Two'],
    ]);
    expect(voteRanking(edit({ type: 'clearVotes' }))).toEqual([]);
  });
});
