import { describe, expect, test } from 'vitest';
import { normaliseStageName } from '../../../../shared/import';
import { StageMatcher } from '../../../../shared/import/stageMatch';
import { stageRefs } from './helpers';

describe('stage names match as people type them', () => {
  test.each([
    ['  Осведомлённость ', 'Осведомленность'], // ё/е, spaces
    ['ПОКУПКА', 'покупка'],
    ['Zakup\u00a0 online', 'zakup online'],
    ['ＡＷＡＲＥＮＥＳＳ', 'Awareness'], // full-width letters (NFKC)
    ['آگاهي', 'آگاهی'], // Arabic yeh typed for Persian yeh
    ['خريد كالا', 'خرید کالا'], // Arabic yeh and kaf
    ['پیش‌خرید', 'پیشخرید'], // zero-width non-joiner
  ])('%j matches %j', (typed, name) => {
    expect(normaliseStageName(typed)).toBe(normaliseStageName(name));
  });

  test('matched values, unmatched values with their rows, and stages without data', () => {
    const stages = stageRefs('s', ['Интерес', 'Покупка', 'Лояльность']);
    const matcher = new StageMatcher(stages, { 'Закрыто и не реализовано': null, Отгрузка: 's2' });
    const rows: [string, number][] = [
      ['интерес', 2],
      ['Отгрузка', 3],
      ['Закрыто и не реализовано', 4],
      ['Возврат', 5],
      ['Возврат', 9],
    ];
    expect(rows.map(([value, row]) => matcher.match(value, row))).toEqual([
      's1',
      's2',
      null,
      undefined,
      undefined,
    ]);
    expect(matcher.result()).toEqual({
      matched: [
        { value: 'интерес', stageId: 's1' },
        { value: 'Отгрузка', stageId: 's2' },
      ],
      unmatched: [{ value: 'Возврат', count: 2, rows: [5, 9] }],
      withoutData: ['s3'],
    });
  });

  test('a remembered choice of a stage the map no longer has is forgotten', () => {
    const matcher = new StageMatcher(stageRefs('s', ['Интерес']), { Отгрузка: 'deleted-stage' });
    expect(matcher.match('Отгрузка', 2)).toBeUndefined();
    expect(matcher.result().unmatched).toEqual([{ value: 'Отгрузка', count: 1, rows: [2] }]);
  });
});
