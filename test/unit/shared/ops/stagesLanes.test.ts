import { describe, expect, test } from 'vitest';
import { cardOf, cell, edit, sampleMap } from './sampleMap';

describe('stage operations', () => {
  test('addStage inserts at an index, or at the end', () => {
    const map = edit([
      { type: 'addStage', stage: { id: 's0', name: 'Zero' }, index: 0 },
      { type: 'addStage', stage: { id: 's9', name: 'Last' } },
    ]);
    expect(map.stages.map((s) => s.id)).toEqual(['s0', 's1', 's2', 's3', 's9']);
  });

  test('addStage with an id that exists, or an invalid colour, does nothing', () => {
    const before = sampleMap();
    expect(edit({ type: 'addStage', stage: { id: 's1', name: 'Again' } }, before)).toBe(before);
    const bad = edit({ type: 'addStage', stage: { id: 'x', name: 'X', color: 'red' } }, before);
    expect(bad.stages).toHaveLength(3);
  });

  test('rename, recolour and describe a stage; clearing removes the field', () => {
    const map = edit([
      { type: 'renameStage', stageId: 's2', name: 'Checkout' },
      { type: 'recolorStage', stageId: 's2', color: '#ff0000' },
      { type: 'recolorStage', stageId: 's3', color: 'not a colour' },
      { type: 'describeStage', stageId: 's2', description: 'Paying' },
    ]);
    expect(map.stages[1]).toEqual({
      id: 's2',
      name: 'Checkout',
      color: '#ff0000',
      description: 'Paying',
    });
    expect(map.stages[2]).toEqual({ id: 's3', name: 'Three' });
    const cleared = edit(
      [
        { type: 'recolorStage', stageId: 's2', color: null },
        { type: 'describeStage', stageId: 's2', description: '' },
      ],
      map,
    );
    expect(cleared.stages[1]).toEqual({ id: 's2', name: 'Checkout' });
  });

  test('a very long name is cut to the limit', () => {
    const map = edit({ type: 'renameStage', stageId: 's1', name: 'x'.repeat(10_000) });
    expect(map.stages[0]?.name).toHaveLength(500);
  });

  test('moveStage reorders columns and keeps cards in their stage', () => {
    const map = edit({ type: 'moveStage', stageId: 's1', toIndex: 2 });
    expect(map.stages.map((s) => s.id)).toEqual(['s2', 's3', 's1']);
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a2', 'a3']);
    expect(edit({ type: 'moveStage', stageId: 's3', toIndex: -5 }).stages[0]?.id).toBe('s3');
  });

  test('deleteStage removes the column, its cards and their connectors', () => {
    const map = edit({ type: 'deleteStage', stageId: 's2' });
    expect(map.stages.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(cardOf(map, 'b1')).toBeUndefined();
    expect(cardOf(map, 'e2')).toBeUndefined();
    expect(map.connectors).toEqual([]);
    expect(cell(map, 'act', 's1')).toEqual(['a1', 'a2', 'a3']);
  });

  test('an operation on a stage that does not exist changes nothing', () => {
    const before = sampleMap();
    for (const op of [
      { type: 'renameStage', stageId: 'nope', name: 'x' },
      { type: 'moveStage', stageId: 'nope', toIndex: 0 },
      { type: 'deleteStage', stageId: 'nope' },
    ] as const) {
      expect(edit(op, before)).toBe(before);
    }
  });
});

describe('lane operations', () => {
  test('addLane, renameLane, recolorLane, setLaneKind', () => {
    const map = edit([
      { type: 'addLane', lane: { id: 'kpi', name: 'KPIs', kind: 'kpis' }, index: 1 },
      { type: 'renameLane', laneId: 'act', name: 'Doing' },
      { type: 'recolorLane', laneId: 'act', color: '#00ff00' },
      { type: 'setLaneKind', laneId: 'pain', kind: 'opportunities' },
    ]);
    expect(map.lanes.map((l) => [l.id, l.name, l.kind])).toEqual([
      ['act', 'Doing', 'actions'],
      ['kpi', 'KPIs', 'kpis'],
      ['emo', 'Feelings', 'emotions'],
      ['pain', 'Pains', 'opportunities'],
    ]);
    expect(map.lanes[0]?.color).toBe('#00ff00');
    // The card keeps its painPoints fields, so changing the kind back restores them.
    expect(cardOf(map, 'p1')?.severity).toBe('high');
  });

  test('a blueprint line is drawn once: setting it on a lane moves it there', () => {
    const map = edit({ type: 'setLaneLine', laneId: 'act', line: 'interaction' });
    expect(map.lanes.map((l) => l.lineBelow)).toEqual(['interaction', undefined, undefined]);
    const two = edit({ type: 'setLaneLine', laneId: 'emo', line: 'visibility' }, map);
    expect(two.lanes.map((l) => l.lineBelow)).toEqual(['interaction', 'visibility', undefined]);
    const none = edit({ type: 'setLaneLine', laneId: 'act', line: null }, two);
    expect(none.lanes.map((l) => l.lineBelow)).toEqual([undefined, 'visibility', undefined]);
  });

  test('an added lane that carries a line takes it from the lane that had it', () => {
    const map = edit({
      type: 'addLane',
      lane: { id: 'front', name: 'Frontstage', kind: 'frontstage', lineBelow: 'interaction' },
    });
    expect(map.lanes.map((l) => l.lineBelow)).toEqual([
      undefined,
      undefined,
      undefined,
      'interaction',
    ]);
  });

  test('moveLane reorders rows', () => {
    const map = edit({ type: 'moveLane', laneId: 'pain', toIndex: 0 });
    expect(map.lanes.map((l) => l.id)).toEqual(['pain', 'act', 'emo']);
  });

  test('deleteLane removes the row, its cards and connectors touching them', () => {
    const map = edit({ type: 'deleteLane', laneId: 'act' });
    expect(map.lanes.map((l) => l.id)).toEqual(['emo', 'pain']);
    expect(map.cards.map((c) => c.id).sort()).toEqual(['e1', 'e2', 'p1']);
    expect(map.connectors).toEqual([]);
  });
});
