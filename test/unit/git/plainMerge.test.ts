import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import type { Operation } from '../../../shared/ops';
import { useRepos, type MapRepo } from './gitRepo';
import { cellIds, realisticMap } from './realisticMap';

/**
 * Plain `git merge`, no merge driver configured: independent edits to a map, each saved by
 * the serialiser as the app saves, merge cleanly and the result loads holding both. These
 * are the guarantees of the file layout (README: "Merging maps in git"); the limits are
 * tested too, so that the README stays true.
 */
const newRepo = useRepos();

const add = (id: string, laneId: string, stageId: string, index?: number): Operation => ({
  type: 'addCard',
  card: { id, laneId, stageId, text: `New card ${id}` },
  ...(index === undefined ? {} : { index }),
});

/** Commits `start` on main, makes branches `ours` and `theirs`, merges theirs into ours. */
function mergeBranches(
  start: JourneyMap,
  ours: readonly Operation[],
  theirs: readonly Operation[],
): { repo: MapRepo; clean: boolean } {
  const repo = newRepo();
  repo.commit(start, 'start');
  repo.branch('theirs', 'main', theirs);
  repo.branch('ours', 'main', ours);
  return { repo, clean: repo.merge('theirs') };
}

function cardText(map: JourneyMap, id: string): string | undefined {
  return map.cards.find((c) => c.id === id)?.text;
}

describe('independent edits merge with plain git merge, no driver', () => {
  test('two cards added in different cells of a realistic map', () => {
    const start = realisticMap();
    const { repo, clean } = mergeBranches(
      start,
      [add('ours-new', 'actions', 'interest')],
      [add('theirs-new', 'emotions', 'purchase')],
    );
    expect(clean).toBe(true);
    const merged = repo.read();
    expect(cellIds(merged, 'actions', 'interest')).toEqual([
      ...cellIds(start, 'actions', 'interest'),
      'ours-new',
    ]);
    expect(cellIds(merged, 'emotions', 'purchase')).toEqual([
      ...cellIds(start, 'emotions', 'purchase'),
      'theirs-new',
    ]);
    expect(merged.cards).toHaveLength(start.cards.length + 2);
  });

  test('a card added to an empty cell, another to a cell elsewhere', () => {
    const start = realisticMap();
    expect(cellIds(start, 'thoughts', 'purchase')).toEqual([]);
    const { repo, clean } = mergeBranches(
      start,
      [add('ours-new', 'thoughts', 'purchase')],
      [add('theirs-new', 'emotions', 'interest', 0)],
    );
    expect(clean).toBe(true);
    const merged = repo.read();
    expect(cellIds(merged, 'thoughts', 'purchase')).toEqual(['ours-new']);
    expect(cellIds(merged, 'emotions', 'interest')[0]).toBe('theirs-new');
  });

  test('a stage renamed on one branch, a card edited on the other', () => {
    const start = realisticMap();
    const card = cellIds(start, 'thoughts', 'loyalty')[0] as string;
    const { repo, clean } = mergeBranches(
      start,
      [{ type: 'renameStage', stageId: 'interest', name: 'Research' }],
      [{ type: 'setCardText', cardId: card, text: 'Is the delivery cost fair?' }],
    );
    expect(clean).toBe(true);
    const merged = repo.read();
    expect(merged.stages.find((s) => s.id === 'interest')?.name).toBe('Research');
    expect(cardText(merged, card)).toBe('Is the delivery cost fair?');
  });

  test('a card deleted on one branch, another added elsewhere on the other', () => {
    const start = realisticMap();
    const doomed = cellIds(start, 'pain-points', 'awareness')[0] as string;
    const { repo, clean } = mergeBranches(
      start,
      [{ type: 'deleteCards', cardIds: [doomed] }],
      [add('theirs-new', 'opportunities', 'loyalty')],
    );
    expect(clean).toBe(true);
    const merged = repo.read();
    expect(merged.cards.some((c) => c.id === doomed)).toBe(false);
    expect(cellIds(merged, 'opportunities', 'loyalty').at(-1)).toBe('theirs-new');
  });

  test('a card inserted between two others while each card of that cell is edited on the other branch', () => {
    const start = realisticMap();
    const cell = cellIds(start, 'actions', 'purchase');
    expect(cell.length).toBeGreaterThanOrEqual(3);
    for (const edited of cell) {
      const { repo, clean } = mergeBranches(
        start,
        [add('inserted', 'actions', 'purchase', 1)],
        [{ type: 'setCardText', cardId: edited, text: 'Edited on the other branch' }],
      );
      expect(clean, `editing ${edited}`).toBe(true);
      const merged = repo.read();
      expect(cellIds(merged, 'actions', 'purchase')).toEqual([
        cell[0],
        'inserted',
        ...cell.slice(1),
      ]);
      expect(cardText(merged, edited)).toBe('Edited on the other branch');
    }
  });

  test('an insert changes one card: the other cards of the cell keep their lines', () => {
    const start = realisticMap();
    const { repo } = mergeBranches(start, [add('inserted', 'actions', 'purchase', 1)], []);
    const diff = repo.git('diff', 'main', 'ours', '--numstat');
    // Only added lines (the new card's block), none removed.
    expect(diff).toMatch(/^\d+\t0\t/);
  });
});

describe('the limits, as the README states them', () => {
  test('two cards added where the file has no card between them conflict', () => {
    const start = realisticMap();
    // Lane by lane, stage by stage: actions × interest (one card) is followed in the file by
    // actions × consideration (empty), then actions × purchase.
    expect(cellIds(start, 'actions', 'consideration')).toEqual([]);
    const intoEmpty = mergeBranches(
      start,
      [add('ours-new', 'actions', 'interest')],
      [add('theirs-new', 'actions', 'consideration')],
    );
    expect(intoEmpty.clean).toBe(false);
    // The end of one cell and the start of the next are the same place in the file too.
    const atBoundary = mergeBranches(
      start,
      [add('ours-new', 'actions', 'awareness')],
      [add('theirs-new', 'actions', 'interest', 0)],
    );
    expect(atBoundary.clean).toBe(false);
  });

  test('the last card of the file edited while a card is added after it conflicts', () => {
    const start = realisticMap();
    // opportunities × advocacy is the last cell: its last card's closing line gains a comma.
    const last = cellIds(start, 'opportunities', 'advocacy').at(-1) as string;
    const { clean } = mergeBranches(
      start,
      [add('ours-new', 'opportunities', 'advocacy')],
      [{ type: 'setCardText', cardId: last, text: 'Edited' }],
    );
    expect(clean).toBe(false);
  });

  test('a fresh template (no cards yet): the first cards of two branches conflict', () => {
    const loaded = loadMap(readFileSync('templates/01-classic.journey.json', 'utf8'));
    if (!loaded.ok) throw new Error('the template must load');
    const { clean } = mergeBranches(
      loaded.map,
      [add('ours-new', 'actions', 'awareness')],
      [add('theirs-new', 'emotions', 'advocacy')],
    );
    expect(clean).toBe(false);
  });
});
