import { describe, expect, test } from 'vitest';
import { moveCursor, stepCell } from '../../../renderer/keyboard/navigation';
import { sampleMap } from '../shared/ops/sampleMap';

const map = sampleMap();
const at = (laneId: string, stageId: string, cardId: string | null = null) => ({
  cell: { laneId, stageId },
  cardId,
});

describe('keyboard navigation', () => {
  test('Tab order runs along a lane, then to the next lane, and stops at the ends', () => {
    expect(stepCell(map, { laneId: 'act', stageId: 's2' }, 1)).toEqual({
      laneId: 'act',
      stageId: 's3',
    });
    expect(stepCell(map, { laneId: 'act', stageId: 's3' }, 1)).toEqual({
      laneId: 'emo',
      stageId: 's1',
    });
    expect(stepCell(map, { laneId: 'emo', stageId: 's1' }, -1)).toEqual({
      laneId: 'act',
      stageId: 's3',
    });
    expect(stepCell(map, { laneId: 'pain', stageId: 's3' }, 1)).toBeNull();
    expect(stepCell(map, { laneId: 'act', stageId: 's1' }, -1)).toBeNull();
  });

  test('up and down walk the cards of a cell, then the cell above or below', () => {
    expect(moveCursor(map, at('act', 's1', 'a1'), 'down')).toEqual(at('act', 's1', 'a2'));
    expect(moveCursor(map, at('act', 's1', 'a3'), 'down')).toEqual(at('emo', 's1', 'e1'));
    expect(moveCursor(map, at('emo', 's1', 'e1'), 'up')).toEqual(at('act', 's1', 'a3'));
    expect(moveCursor(map, at('act', 's3'), 'down')).toEqual(at('emo', 's3', null));
    expect(moveCursor(map, at('act', 's1', 'a1'), 'up')).toBeNull();
  });

  test('left and right go to the neighbouring stage, to the card at the same height', () => {
    expect(moveCursor(map, at('act', 's1', 'a3'), 'right')).toEqual(at('act', 's2', 'b1'));
    expect(moveCursor(map, at('act', 's2', 'b1'), 'right')).toEqual(at('act', 's3', null));
    expect(moveCursor(map, at('act', 's1', 'a1'), 'left')).toBeNull();
  });
});
