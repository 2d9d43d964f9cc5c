import { describe, expect, test } from 'vitest';
import { describeChanges, diffMaps, indexChanges } from '../../../../shared/diff';
import { createTranslate } from '../../../../shared/i18n/translate';
import type { JourneyMap } from '../../../../shared/model';
import type { Operation } from '../../../../shared/ops';
import { edit, sampleMap } from '../ops/sampleMap';

const english = createTranslate('en');

/** The diff of the sample map and the sample map after `ops`, in English words. */
function linesAfter(ops: Operation[], before: JourneyMap = sampleMap()): string[] {
  const after = edit(ops, before);
  return describeChanges(diffMaps(before, after), before, after, english);
}

describe('diffMaps in words', () => {
  test('an unchanged map has no changes', () => {
    expect(diffMaps(sampleMap(), sampleMap())).toEqual([]);
  });

  test('a card added to a cell names the lane and the stage', () => {
    expect(
      linesAfter([
        {
          type: 'addCard',
          card: { id: 'p2', laneId: 'pain', stageId: 's2', text: 'Delivery cost shown late' },
        },
      ]),
    ).toEqual(['+ card "Delivery cost shown late" in Pains × Two']);
  });

  test('a card removed says where it was; its connectors go with it', () => {
    expect(linesAfter([{ type: 'deleteCards', cardIds: ['b1'] }])).toEqual([
      '- card "B1" from Actions × Two',
      '- connector "A1" → "B1"',
      '- connector "B1" → "P1"',
    ]);
  });

  test('a stage rename reads "renamed", map info reads field by field', () => {
    expect(
      linesAfter([
        { type: 'renameStage', stageId: 's2', name: 'Research' },
        { type: 'setMapInfo', changes: { title: 'Onboarding', mapType: 'futureState' } },
      ]),
    ).toEqual([
      '~ map title "Sample" → "Onboarding"',
      '~ map type currentState → futureState',
      '~ stage "Two" renamed to "Research"',
    ]);
  });

  test('moves: to another stage, to another lane, and within a cell', () => {
    expect(
      linesAfter([{ type: 'moveCards', cardIds: ['b1'], laneId: 'act', stageId: 's3' }]),
    ).toEqual(['> card "B1" moved from Two to Three']);
    expect(
      linesAfter([{ type: 'moveCards', cardIds: ['b1'], laneId: 'pain', stageId: 's2' }]),
    ).toEqual(['> card "B1" moved from Actions to Pains']);
    expect(
      linesAfter([{ type: 'moveCards', cardIds: ['a3'], laneId: 'act', stageId: 's1', index: 0 }]),
    ).toEqual(['> card "A3" moved within Actions × One from position 3 to 1']);
  });

  test('deleting a card renumbers the rest of its cell without reporting them as moved', () => {
    expect(linesAfter([{ type: 'deleteCards', cardIds: ['a1'] }])).toEqual([
      '- card "A1" from Actions × One',
      '- connector "A1" → "B1"',
    ]);
  });

  test('emotion scores, severities and cleared fields', () => {
    expect(
      linesAfter([
        { type: 'setCardFields', cardIds: ['e2'], fields: { score: -2 } },
        { type: 'setCardFields', cardIds: ['p1'], fields: { severity: 'critical' } },
        { type: 'addVotes', cardIds: ['p1'], delta: -2 },
        { type: 'setCardFields', cardIds: ['e1'], fields: { personaId: 'bob' } },
      ]),
    ).toEqual([
      '~ emotion "E1" persona set to "Bob"',
      '~ emotion "E2" score −1 → −2',
      '~ card "P1" severity high → critical',
      '~ card "P1" votes removed (was 2)',
    ]);
  });

  test('personas, lanes, connectors, notes and stage order', () => {
    expect(
      linesAfter([
        { type: 'addPersona', persona: { id: 'cy', name: 'Cy' } },
        { type: 'setLaneKind', laneId: 'act', kind: 'thoughts' },
        { type: 'addConnector', connector: { id: 'c3', from: 'a2', to: 'p1' } },
        { type: 'moveNotes', moves: [{ noteId: 'n1', x: 15, y: 20 }] },
        { type: 'moveStage', stageId: 's3', toIndex: 0 },
      ]),
    ).toEqual([
      '+ persona "Cy"',
      '> stage "Three" moved from position 3 to 1',
      '~ lane "Actions" kind actions → thoughts',
      '+ connector "A2" → "P1"',
      '> note "Remember" moved on the canvas',
    ]);
  });

  test('long texts are cut with an ellipsis', () => {
    const long = 'The delivery cost appears only at the very last step of the checkout';
    const [line] = linesAfter([{ type: 'setCardText', cardId: 'a1', text: long }]);
    expect(line).toBe(
      '~ card "A1" text "A1" → "The delivery cost appears only at the very last s…"',
    );
  });

  test('keys that other tools wrote are compared like the app’s own', () => {
    const before = sampleMap();
    const after = structuredClone(before);
    Object.assign(after.cards[0] as object, { 'x-crm-id': 'CRM-7' });
    Object.assign(after, { 'x-source': 'survey' });
    expect(describeChanges(diffMaps(before, after), before, after, english)).toEqual([
      '~ map x-source set to "survey"',
      '~ card "A1" x-crm-id set to "CRM-7"',
    ]);
  });

  test('the words follow the language asked for', () => {
    const before = sampleMap();
    const after = edit([{ type: 'renameStage', stageId: 's1', name: 'Пошук' }], before);
    expect(describeChanges(diffMaps(before, after), before, after, createTranslate('uk'))).toEqual([
      '~ етап «One» перейменовано на «Пошук»',
    ]);
  });
});

describe('the status of a record', () => {
  test('added, removed (with the old data for a ghost), changed, moved, unchanged', () => {
    const before = sampleMap();
    const after = edit(
      [
        { type: 'addCard', card: { id: 'new', laneId: 'act', stageId: 's3', text: 'New' } },
        { type: 'deleteCards', cardIds: ['p1'] },
        { type: 'setCardText', cardId: 'a2', text: 'Edited' },
        { type: 'moveCards', cardIds: ['b1'], laneId: 'act', stageId: 's3' },
        { type: 'moveCards', cardIds: ['a3'], laneId: 'emo', stageId: 's1' },
        { type: 'setCardText', cardId: 'a3', text: 'Moved and edited' },
      ],
      before,
    );
    const index = indexChanges(diffMaps(before, after));
    expect(index.statusOf('card', 'new').status).toBe('added');
    expect(index.statusOf('card', 'p1').status).toBe('removed');
    expect(index.statusOf('card', 'a2').status).toBe('changed');
    expect(index.statusOf('card', 'b1')).toMatchObject({ status: 'moved', moved: true });
    expect(index.statusOf('card', 'a3')).toMatchObject({ status: 'changed', moved: true });
    expect(index.statusOf('card', 'a1').status).toBe('unchanged');
    expect(index.removed('card')).toEqual([before.cards.find((c) => c.id === 'p1')]);
    expect(index.removed('connector').map((c) => c.id)).toEqual(['c2']);
  });
});
