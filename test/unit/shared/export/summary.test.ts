import { expect, test } from 'vitest';
import { summaryRows } from '../../../../shared/export/pdf/summary';
import { scriptsMap } from '../../../fixtures/export/scripts';

test('pain points come first, most voted then most severe first; then opportunities', () => {
  const map = scriptsMap();
  map.cards.push(
    {
      id: 'x1',
      laneId: 'pain-points',
      stageId: 'awareness',
      order: 'a0',
      text: 'Nobody knows us',
      severity: 'critical',
      votes: 9,
    },
    { id: 'x2', laneId: 'pain-points', stageId: 'interest', order: 'a0', text: 'No severity yet' },
    {
      id: 'x3',
      laneId: 'opportunities',
      stageId: 'awareness',
      order: 'a0',
      text: 'Referral bonus',
      priority: 'low',
    },
    { id: 'x4', laneId: 'pain-points', stageId: 'advocacy', order: 'a0', text: '   ' },
  );
  const rows = summaryRows(map);
  expect(rows.map((r) => [r.kind, r.text, r.rating ?? null, r.votes])).toEqual([
    ['painPoints', 'Nobody knows us', 'critical', 9],
    ['painPoints', 'Płatność kartą nie działa', 'critical', 5],
    ['painPoints', 'Довго чекати на підтримку', 'medium', 2],
    ['painPoints', 'No severity yet', null, 0],
    ['opportunities', 'پرداخت با یک کلیک', 'high', 3],
    ['opportunities', 'Referral bonus', 'low', 0],
  ]);
  expect(rows[1]?.stage).toBe('Purchase');
});

test('cards of other lanes are not in the table', () => {
  const rows = summaryRows(scriptsMap());
  expect(rows.some((r) => r.text === 'Zażółć gęślą jaźń')).toBe(false);
});

test('after a workshop the most-voted pain point comes first, whatever its severity', () => {
  const map = scriptsMap();
  map.cards.push({
    id: 'v1',
    laneId: 'pain-points',
    stageId: 'awareness',
    order: 'a0',
    text: 'Nobody answers the phone',
    severity: 'low',
    votes: 12,
  });
  const rows = summaryRows(map).filter((r) => r.kind === 'painPoints');
  expect(rows.map((r) => r.votes)).toEqual([12, 5, 2]);
  expect(rows[0]?.text).toBe('Nobody answers the phone');
});
