import { describe, expect, test } from 'vitest';
import { JourneyMapSchema, type JourneyMap } from '../../../../shared/model';
import { planMetricsImport } from '../../../../shared/metrics';
import { applyOperations } from '../../../../shared/ops';
import { ImportJob } from '../../../../renderer/metrics/import/importJob';
import type { ImportReply } from '../../../../renderer/metrics/import/importMessages';
import { importPreview } from '../../../../renderer/metrics/import/importPreview';
import {
  toMapping,
  withColumn,
  withLayout,
  withMetricColumn,
  withStageValue,
  type MappingDraft,
} from '../../../../renderer/metrics/import/mappingDraft';
import { rememberedSource } from '../../../../renderer/metrics/import/useImportSession';
import { fixture } from '../../shared/import/helpers';

/** An online store's map in Russian: the stages the fixture export names, bar one. */
function shopMap(): JourneyMap {
  return JourneyMapSchema.parse({
    format: 'journey-map',
    version: 3,
    title: 'Интернет-магазин',
    language: 'ru',
    stages: [
      { id: 'aware', name: 'Осведомлённость' },
      { id: 'interest', name: 'Интерес' },
      { id: 'consider', name: 'Выбор' },
      { id: 'buy', name: 'Покупка' },
      { id: 'loyal', name: 'Лояльность' },
    ],
    lanes: [{ id: 'act', name: 'Действия', kind: 'actions' }],
    personas: [],
    cards: [],
    connectors: [],
    notes: [],
  });
}

const stagesOf = (map: JourneyMap) => map.stages.map(({ id, name }) => ({ id, name }));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function ask<T extends ImportReply['type']>(
  job: ImportJob,
  request: Parameters<ImportJob['handle']>[0],
  type: T,
): Promise<Extract<ImportReply, { type: T }>> {
  const reply = await job.handle(request);
  if (reply.type !== type) throw new Error(`expected ${type}, got ${reply.type}`);
  return reply as Extract<ImportReply, { type: T }>;
}

describe('the import worker’s job', () => {
  test('reads a Russian Excel export once and previews its first rows, not the whole table', async () => {
    const job = new ImportJob();
    const read = await ask(
      job,
      {
        type: 'read',
        id: 1,
        bytes: fixture('ru-excel-1251.csv'),
        fileName: 'воронка.csv',
        language: 'ru',
      },
      'read',
    );
    expect(read.reply.ok).toBe(true);
    if (!read.reply.ok) return;
    expect(read.reply.preview).toMatchObject({
      format: 'csv',
      delimiter: ';',
      encoding: 'windows-1251',
      headers: ['Этап', 'Посетители', 'Конверсия', 'Средний чек', 'Дата'],
    });
    expect(read.reply.preview.rows[0]?.cells[0]).toBe('Осведомлённость');
    expect(read.reply.warnings.map((w) => w.code)).toContain('legacyEncoding');
  });

  test('imports the kept table again with each change of the choices', async () => {
    const map = shopMap();
    const job = new ImportJob();
    await job.handle({
      type: 'read',
      id: 1,
      bytes: fixture('ru-excel-1251.csv'),
      fileName: 'воронка.csv',
      language: 'ru',
    });
    const first = await ask(
      job,
      { type: 'run', id: 2, stages: stagesOf(map), options: { language: 'ru' } },
      'run',
    );
    if (!first.outcome.ok) throw new Error(JSON.stringify(first.outcome.problems));
    const { stages, mapping } = first.outcome.result;
    expect(mapping.layout).toBe('wide');
    expect(stages.unmatched.map((u) => u.value)).toEqual(['Рассмотрение']);
    expect(stages.withoutData).toEqual(['consider']);

    // "Рассмотрение" mapped by hand to the map's "Выбор": its values come in.
    const draft = withStageValue(mapping, 'Рассмотрение', 'consider');
    const again = await ask(
      job,
      {
        type: 'run',
        id: 3,
        stages: stagesOf(map),
        options: { language: 'ru', mapping: toMapping(draft) },
      },
      'run',
    );
    if (!again.outcome.ok) throw new Error('the hand-mapped import failed');
    expect(again.outcome.result.stages.unmatched).toEqual([]);
    expect(again.outcome.result.stages.withoutData).toEqual([]);
    const visitors = again.outcome.result.measurements.filter((m) => m.metric === 'Посетители');
    expect(visitors.find((m) => m.stageId === 'consider')?.value).toBe(12055);
  });

  test('a text in a number column stops the import with its row and column', async () => {
    const job = new ImportJob();
    const csv = 'Этап;Сделок\nИнтерес;1 200\nПокупка;много\n';
    await job.handle({
      type: 'read',
      id: 1,
      bytes: utf8(csv),
      fileName: 'сделки.csv',
      language: 'ru',
    });
    const run = await ask(
      job,
      { type: 'run', id: 2, stages: stagesOf(shopMap()), options: { language: 'ru' } },
      'run',
    );
    expect(run.outcome.ok).toBe(false);
    if (run.outcome.ok) return;
    expect(run.outcome.problems[0]).toMatchObject({ code: 'notANumber', row: 3, column: 'B' });
    // The columns it was read with stay, so the dialog keeps showing them.
    expect(run.outcome.mapping).toMatchObject({ layout: 'wide', stageColumn: 'Этап' });
  });

  test('a run before any table was read is a bug, not a silent empty import', async () => {
    await expect(
      new ImportJob().handle({ type: 'run', id: 1, stages: [], options: {} }),
    ).rejects.toThrow(/before a table/);
  });
});

describe('the dialog’s column choices', () => {
  const headers = ['Stage', 'Deals', 'Revenue', 'Date'];

  test('switching the layout keeps the stage column and hand-mapped stages, and guesses the rest', () => {
    const start: MappingDraft = {
      layout: 'wide',
      stageColumn: 'Stage',
      metricColumns: ['Deals'],
      stageValues: { Lead: 's1' },
    };
    expect(withLayout(start, 'records', headers, 'Count')).toEqual({
      layout: 'records',
      stageColumn: 'Stage',
      stageValues: { Lead: 's1' },
      metric: 'Count',
      cumulative: false,
    });
    expect(withLayout(start, 'long', headers, 'Count')).toMatchObject({
      metricColumn: 'Deals',
      valueColumn: 'Revenue',
    });
  });

  test('a column given another role leaves the metric columns; incomplete choices make no mapping', () => {
    const wide: MappingDraft = {
      layout: 'wide',
      stageColumn: 'Stage',
      metricColumns: ['Deals', 'Date'],
    };
    const dated = withColumn(wide, 'dateColumn', 'Date');
    expect(dated.metricColumns).toEqual(['Deals']);
    expect(toMapping(withColumn(dated, 'dateColumn', ''))).toEqual({
      layout: 'wide',
      stageColumn: 'Stage',
      metricColumns: ['Deals'],
    });
    expect(toMapping(withMetricColumn(wide, 'Deals', false, headers))).toMatchObject({
      metricColumns: ['Date'],
    });
    expect(toMapping({ layout: 'wide' })).toBeNull();
    expect(toMapping(withMetricColumn(dated, 'Deals', false, headers))).toBeNull();
  });
});

describe('the values preview', () => {
  test('shows each stage’s values as the map will, in the map’s language and stage order', async () => {
    const map = shopMap();
    const job = new ImportJob();
    await job.handle({
      type: 'read',
      id: 1,
      bytes: fixture('ru-excel-1251.csv'),
      fileName: 'воронка.csv',
      language: 'ru',
    });
    const run = await ask(
      job,
      { type: 'run', id: 2, stages: stagesOf(map), options: { language: 'ru' } },
      'run',
    );
    if (!run.outcome.ok) throw new Error('import failed');
    const plan = planMetricsImport(map, run.outcome.result, {
      name: 'воронка.csv',
      today: '2026-04-02',
    });
    const preview = importPreview(map, plan);
    expect(preview.metrics.map((m) => [m.name, m.isNew])).toEqual([
      ['Посетители', true],
      ['Конверсия', true],
      ['Средний чек', true],
    ]);
    expect(preview.snapshots.map((s) => s.date)).toEqual(['2026-03-31']);
    const rows = preview.snapshots[0]?.rows ?? [];
    // "Выбор" has no data until it is mapped by hand: it is not listed.
    expect(rows.map((r) => r.stageId)).toEqual(['aware', 'interest', 'buy', 'loyal']);
    const [visitors, share] = rows[0]?.cells ?? [];
    expect(visitors?.replace(/\s/g, ' ')).toBe('125 400');
    expect(share).toMatch(/^100\s?%$/);
    expect(preview.valueCount).toBe(plan.operation.measurements.length);
  });
});

describe('a refresh', () => {
  test('finds the mapping remembered for a file of the same name', () => {
    const map = applyOperations(shopMap(), [
      {
        type: 'importMeasurements',
        metrics: [],
        measurements: [],
        source: {
          id: 'src1',
          name: 'Сделки.CSV',
          mapping: { layout: 'records', stageColumn: 'Этап', metric: 'Сделки', cumulative: true },
          imported: '2026-01-05',
        },
      },
    ]);
    expect(rememberedSource(map, 'сделки.csv')?.id).toBe('src1');
    expect(rememberedSource(map, 'другое.csv')).toBeNull();
  });
});
