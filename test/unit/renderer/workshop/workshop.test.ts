import { describe, expect, test } from 'vitest';
import { steppedStage, readingDelta } from '../../../../renderer/workshop/stageSteps';
import {
  formatClock,
  newTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
  timerStatus,
} from '../../../../renderer/workshop/timer';
import { voteView } from '../../../../renderer/workshop/voteView';
import { compareOrderKeys } from '../../../../shared/model';
import { edit, sampleMap } from '../../shared/ops/sampleMap';

describe('the workshop timer', () => {
  test('runs, pauses, resumes, runs out and starts again from its full time', () => {
    let timer = newTimer(2);
    expect(timerStatus(timer, 0)).toBe('ready');
    timer = startTimer(timer, 1_000);
    expect(remainingMs(timer, 31_000)).toBe(90_000);
    timer = pauseTimer(timer, 31_000);
    expect(timerStatus(timer, 500_000)).toBe('paused');
    expect(remainingMs(timer, 500_000)).toBe(90_000);
    timer = startTimer(timer, 600_000);
    expect(timerStatus(timer, 689_999)).toBe('running');
    expect(timerStatus(timer, 690_000)).toBe('up');
    timer = startTimer(timer, 700_000);
    expect(remainingMs(timer, 700_000)).toBe(120_000);
    expect(timerStatus(resetTimer(timer), 700_500)).toBe('ready');
  });

  test('shows minutes and seconds, rounded up so 0:00 means time is up', () => {
    expect(formatClock(300_000)).toBe('5:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(500)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});

describe('stepping through stages', () => {
  const map = sampleMap();
  test('overview → first → … → last → overview, and back', () => {
    expect(steppedStage(map, null, 1)).toBe('s1');
    expect(steppedStage(map, 's1', 1)).toBe('s2');
    expect(steppedStage(map, 's3', 1)).toBeNull();
    expect(steppedStage(map, null, -1)).toBe('s3');
    expect(steppedStage(map, 's1', -1)).toBeNull();
  });
  test('the arrows follow the map’s direction', () => {
    expect(readingDelta({ direction: 'ltr' }, 'right')).toBe(1);
    expect(readingDelta({ direction: 'rtl' }, 'right')).toBe(-1);
    expect(readingDelta({ direction: 'rtl' }, 'left')).toBe(1);
  });
});

describe('sorting and filtering by votes is a view', () => {
  const map = edit([
    { type: 'addCard', card: { id: 'p2', laneId: 'pain', stageId: 's3', text: 'Two' } },
    { type: 'addCard', card: { id: 'p3', laneId: 'pain', stageId: 's3', text: 'Three' } },
    { type: 'addVotes', cardIds: ['p3'], delta: 5 },
    { type: 'addCard', card: { id: 'a4', laneId: 'act', stageId: 's3', text: 'Action' } },
  ]);
  const order = (shown: typeof map, lane: string) =>
    shown.cards
      .filter((c) => c.laneId === lane && c.stageId === 's3')
      .sort((a, b) => compareOrderKeys(a.order, b.order))
      .map((c) => c.id);

  test('nothing asked: the very same map', () => {
    expect(voteView(map, { sortByVotes: false, minVotes: 0 })).toBe(map);
  });
  test('sorted: most votes first in vote lanes; the document is untouched', () => {
    const shown = voteView(map, { sortByVotes: true, minVotes: 0 });
    expect(order(shown, 'pain')).toEqual(['p3', 'p1', 'p2']);
    expect(order(map, 'pain')).toEqual(['p1', 'p2', 'p3']);
  });
  test('filtered: vote-lane cards below the minimum go with their connectors; other lanes stay', () => {
    const shown = voteView(map, { sortByVotes: false, minVotes: 3 });
    expect(order(shown, 'pain')).toEqual(['p3']);
    expect(order(shown, 'act')).toEqual(['a4']);
    expect(shown.connectors.map((c) => c.id)).toEqual(['c1']);
  });
});
