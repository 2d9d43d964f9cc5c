import { describe, expect, test } from 'vitest';
import { importMetrics, type ImportMapping, type MetricsImport } from '../../../../shared/import';
import type { StageRef } from '../../../../shared/import/stageMatch';
import type { Table } from '../../../../shared/import/table';
import {
  AMO_STAGES,
  GA_STAGES,
  HUBSPOT_STAGES,
  PL_STAGES,
  RU_STAGES,
  fixture,
  tableOf,
  text,
} from './helpers';

function imported(
  table: Table,
  stages: readonly StageRef[],
  options: Parameters<typeof importMetrics>[2] = {},
): MetricsImport {
  const outcome = importMetrics(table, stages, options);
  if (!outcome.ok) expect.fail(outcome.problems.map((p) => p.message).join('\n'));
  return outcome.result;
}

function problemsOf(
  table: Table,
  stages: readonly StageRef[],
  options: Parameters<typeof importMetrics>[2] = {},
) {
  const outcome = importMetrics(table, stages, options);
  if (outcome.ok) expect.fail('expected the import to be refused');
  return outcome.problems;
}

/** Importing again with the mapping an import returned gives the same measurements. */
function expectReproducible(table: Table, stages: readonly StageRef[], result: MetricsImport) {
  const again = imported(table, stages, {
    mapping: JSON.parse(JSON.stringify(result.mapping)) as unknown,
  });
  expect(again.measurements).toEqual(result.measurements);
  expect(again.mapping).toEqual(result.mapping);
}

describe('wide: a stage column and one column per metric', () => {
  test('the Russian Excel export: thousands with NBSP, percentages, roubles, a date column', async () => {
    const table = await tableOf(fixture('ru-excel-1251.csv'), 'воронка.csv', 'ru');
    const result = imported(table, RU_STAGES, { language: 'ru' });
    expect(result.mapping).toEqual({
      layout: 'wide',
      stageColumn: 'Этап',
      dateColumn: 'Дата',
      metricColumns: ['Посетители', 'Конверсия', 'Средний чек'],
    });
    const purchase = result.measurements.filter((m) => m.stageId === 'ru4');
    expect(purchase).toEqual([
      { stageId: 'ru4', metric: 'Посетители', value: 3118, date: '2026-03-31' },
      { stageId: 'ru4', metric: 'Конверсия', value: 2.5, unit: 'percent', date: '2026-03-31' },
      {
        stageId: 'ru4',
        metric: 'Средний чек',
        value: 4250.5,
        unit: 'currency',
        currency: 'р.',
        date: '2026-03-31',
      },
    ]);
    expect(result.measurements).toHaveLength(12); // average bill only where given
    expect(result.stages.withoutData).toEqual(['ru6']);
    expect(result.stages.matched[0]).toEqual({ value: 'Осведомлённость', stageId: 'ru1' });
    expectReproducible(table, RU_STAGES, result);
  });

  test('a metric column that proves its decimal mark settles the others', async () => {
    const table = await tableOf(
      text('Stage,Visitors,Rating\nAwareness,"1,250",4.5\nPurchase,"2,100",3.9\n'),
      'x.csv',
    );
    const result = imported(table, GA_STAGES);
    expect(result.measurements.map((m) => m.value)).toEqual([1250, 4.5, 2100, 3.9]);
    expect(result.warnings).toEqual([]);
  });

  test('the same stage twice (on one date) is refused, naming both rows', async () => {
    const table = await tableOf(
      text('Stage;Visitors\nAwareness;100\nPurchase;10\nawareness ;120\n'),
      'x.csv',
    );
    const problems = problemsOf(table, GA_STAGES, {
      mapping: { layout: 'wide', stageColumn: 'Stage', metricColumns: ['Visitors'] },
    });
    expect(problems.map((p) => p.message)).toEqual([
      'Row 4: this stage (and date) is already given in row 2.',
    ]);
  });
});

describe('long: stage, metric, value and date', () => {
  test('the Polish Excel export: metric names from a column, decimal commas, złoty', async () => {
    const table = await tableOf(fixture('pl-excel-1250.csv'), 'lejek.csv', 'pl');
    const result = imported(table, PL_STAGES, { language: 'pl' });
    expect(result.mapping).toMatchObject({
      layout: 'long',
      stageColumn: 'Etap',
      metricColumn: 'Wskaźnik',
      valueColumn: 'Wartość',
      dateColumn: 'Data',
    });
    expect(result.measurements).toContainEqual({
      stageId: 'pl1',
      metric: 'Współczynnik odrzuceń',
      value: 42.5,
      unit: 'percent',
      date: '2026-03-31',
    });
    expect(result.measurements).toContainEqual({
      stageId: 'pl4',
      metric: 'Przychód',
      value: 15300.75,
      unit: 'currency',
      currency: 'zł',
      date: '2026-03-31',
    });
    expect(result.measurements).toContainEqual({
      stageId: 'pl5',
      metric: 'Ocena (CSAT)',
      value: 4.6,
      date: '2026-03-31',
    });
    expectReproducible(table, PL_STAGES, result);
  });

  test('an analytics TSV with two snapshots keeps both dates', async () => {
    const table = await tableOf(fixture('ga-funnel.tsv'), 'funnel.tsv');
    const result = imported(table, GA_STAGES, { language: 'en' });
    const users = result.measurements.filter(
      (m) => m.metric === 'Active users' && m.stageId === 'ga3',
    );
    expect(users).toEqual([
      { stageId: 'ga3', metric: 'Active users', value: 2961, date: '2026-03-31' },
      { stageId: 'ga3', metric: 'Active users', value: 2704, date: '2025-12-31' },
    ]);
    // 84,210 alone is ambiguous; 61.3% and $182,440.50 in the same column show the point.
    expect(result.mapping.decimalMark).toBe('.');
    expect(result.warnings).toEqual([]);
    expectReproducible(table, GA_STAGES, result);
  });
});

describe('records: one row per deal, counted per stage', () => {
  test('a HubSpot deals export: counts per stage, the lost deals listed as unknown', async () => {
    const table = await tableOf(fixture('hubspot-deals.csv'), 'hubspot.csv');
    const result = imported(table, HUBSPOT_STAGES, { language: 'en' });
    expect(result.mapping).toEqual({
      layout: 'records',
      stageColumn: 'Deal Stage',
      metric: 'Count',
      cumulative: false,
    });
    expect(result.measurements.map((m) => [m.stageId, m.value])).toEqual([
      ['hs1', 9],
      ['hs2', 8],
      ['hs3', 3],
      ['hs4', 2],
      ['hs5', 3],
      ['hs6', 3],
    ]);
    expect(result.stages.unmatched).toEqual([{ value: 'Closed lost', count: 2, rows: [9, 23] }]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Row 9, column C (Deal Stage): "Closed lost" is not a stage of this map; rows with it (2) are left out. Map it to a stage to import them.',
    ]);
    expectReproducible(table, HUBSPOT_STAGES, result);
  });

  test('cumulative: deals that reached at least each stage, in the map order', async () => {
    const table = await tableOf(fixture('hubspot-deals.csv'), 'hubspot.csv');
    const result = imported(table, HUBSPOT_STAGES, { cumulative: true, date: '2026-03-31' });
    expect(result.measurements.map((m) => m.value)).toEqual([28, 19, 11, 8, 6, 3]);
    expect(result.measurements.every((m) => m.date === '2026-03-31')).toBe(true);
  });

  test('an amoCRM export in Russian: the count is named in the map language, a stage mapped by hand', async () => {
    const table = await tableOf(fixture('amocrm-deals.csv'), 'amocrm.csv', 'ru');
    const result = imported(table, AMO_STAGES, { language: 'ru' });
    expect(result.mapping).toMatchObject({
      layout: 'records',
      stageColumn: 'Этап сделки',
      metric: 'Количество',
    });
    expect(result.stages.unmatched.map((u) => [u.value, u.rows])).toEqual([
      ['Закрыто и не реализовано', [11, 20, 30]],
    ]);
    expect(result.stages.withoutData).toEqual(['amo4']);
    // The user leaves lost deals out on purpose: no warning any more, and the mapping remembers.
    const mapping: ImportMapping = {
      ...result.mapping,
      stageValues: { 'Закрыто и не реализовано': null },
    };
    const again = imported(table, AMO_STAGES, { mapping });
    expect(again.warnings).toEqual([]);
    expect(again.measurements.map((m) => [m.stageId, m.value])).toEqual([
      ['amo1', 8],
      ['amo2', 8],
      ['amo3', 3],
      ['amo5', 6],
    ]);
  });
});

describe('bad data names the row and the column', () => {
  test('a text in a number column', async () => {
    const csv = '# Отчёт\nЭтап;Посетители;Конверсия\nИнтерес;48 210;38,4%\nПокупка;н/д;2,5%\n';
    const problems = problemsOf(await tableOf(text(csv), 'x.csv'), RU_STAGES);
    expect(problems.map((p) => p.message)).toEqual([
      'Row 4, column B (Посетители): expected a number, got "н/д".',
    ]);
    expect(problems[0]).toMatchObject({
      code: 'notANumber',
      row: 4,
      column: 'B',
      header: 'Посетители',
    });
  });

  test('ambiguous numbers with nothing to decide them are reported with both readings', async () => {
    const table = await tableOf(text('Stage;Visitors\nAwareness;1,250\nPurchase;2,100\n'), 'x.csv');
    const problems = problemsOf(table, GA_STAGES);
    expect(problems[0]?.message).toBe(
      'Row 2, column B (Visitors): "1,250" can be read as 1.25 (decimal comma) or as 1250 (decimal point); choose the decimal mark.',
    );
    expect(
      imported(table, GA_STAGES, { decimalMark: '.' }).measurements.map((m) => m.value),
    ).toEqual([1250, 2100]);
  });

  test("the map language's convention decides, with a warning, when the table shows nothing", async () => {
    const table = await tableOf(text('Этап;Оценка\nИнтерес;4,500\n'), 'x.csv');
    const result = imported(table, RU_STAGES, { language: 'ru' });
    expect(result.measurements[0]?.value).toBe(4.5);
    expect(result.warnings[0]).toMatchObject({ code: 'decimalMarkAssumed', row: 2, column: 'B' });
    expect(result.mapping.decimalMark).toBe(',');
  });

  test('ambiguous dates need the date order', async () => {
    const csv =
      'Stage,Metric,Value,Date\nAwareness,Visitors,10,03/04/2026\nPurchase,Visitors,2,03/04/2026\nAwareness,Visitors,12,04/04/2026\nPurchase,Visitors,3,04/04/2026\n';
    const table = await tableOf(text(csv), 'x.csv');
    expect(problemsOf(table, GA_STAGES)[0]?.message).toBe(
      'Row 2, column D (Date): "03/04/2026" can be 2026-04-03 (day first) or 2026-03-04 (month first); choose the date order.',
    );
    const result = imported(table, GA_STAGES, { dateOrder: 'mdy' });
    expect(result.measurements[0]?.date).toBe('2026-03-04');
    expectReproducible(table, GA_STAGES, result);
  });

  test('rows without a stage are left out with a warning naming them', async () => {
    const table = await tableOf(text('Stage;Visitors\nAwareness;100\n;40\nPurchase;10\n'), 'x.csv');
    const result = imported(table, GA_STAGES);
    expect(result.measurements).toHaveLength(2);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Row 3, column A (Stage): the stage is empty, so the row is left out.',
    ]);
  });

  test('no column holds the stage names', async () => {
    const table = await tableOf(text('Campaign,Clicks\nSpring sale,120\n'), 'x.csv');
    expect(problemsOf(table, GA_STAGES)[0]?.message).toBe(
      'No column holds the names of the map\'s stages ("Awareness", "Consideration", "Purchase", "Retention"). Choose the stage column; the file\'s columns are Campaign, Clicks.',
    );
  });

  test('a remembered mapping whose column the new export lacks', async () => {
    const table = await tableOf(text('Stage,Users\nAwareness,120\n'), 'x.csv');
    const problems = problemsOf(table, GA_STAGES, {
      mapping: { layout: 'wide', stageColumn: 'Stage', metricColumns: ['Visitors'] },
    });
    expect(problems[0]?.message).toBe(
      'The column mapping names the column Visitors, which this file does not have (its columns are Stage, Users).',
    );
  });

  test('a mapping from a file that is not a mapping', async () => {
    const table = await tableOf(text('Stage,Users\nAwareness,120\n'), 'x.csv');
    const problems = problemsOf(table, GA_STAGES, {
      mapping: { layout: 'long', stageColumn: 'Stage', valueColumn: 'Users' },
    });
    expect(problems[0]).toMatchObject({ code: 'badMapping', params: { path: 'metricColumn' } });
  });

  test('hundreds of bad cells give a bounded report', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Awareness,Metric ${i},n/a`).join('\n');
    const table = await tableOf(text(`Stage,Metric,Value\n${rows}\n`), 'x.csv');
    const problems = problemsOf(table, GA_STAGES, {
      mapping: {
        layout: 'long',
        stageColumn: 'Stage',
        metricColumn: 'Metric',
        valueColumn: 'Value',
      },
    });
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)?.message).toBe('… and 250 more problems like these.');
  });
});
