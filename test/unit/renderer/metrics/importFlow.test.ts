import { describe, expect, test } from 'vitest';
import type { FileToImport, Host } from '../../../../shared/host';
import { createTranslate } from '../../../../shared/i18n/translate';
import { importMetrics, readCsvBytes } from '../../../../shared/import';
import { JourneyMapSchema } from '../../../../shared/model';
import { planMetricsImport } from '../../../../shared/metrics';
import { actionById } from '../../../../renderer/actions/registry';
import type { ActionContext } from '../../../../renderer/actions/types';
import { applyMetricsImport } from '../../../../renderer/metrics/import/importFlow';
import { canUndo, createEditorStore } from '../../../../renderer/store';

const t = createTranslate('en');

function rig(choose: () => Promise<FileToImport | null>) {
  const store = createEditorStore();
  store.getState().loadDocument(
    JourneyMapSchema.parse({
      format: 'journey-map',
      version: 3,
      title: 'Shop',
      stages: [
        { id: 'visit', name: 'Visit' },
        { id: 'buy', name: 'Buy' },
      ],
      lanes: [{ id: 'act', name: 'Actions', kind: 'actions' }],
      personas: [],
      cards: [],
      connectors: [],
      notes: [],
    }),
  );
  const host = { chooseFileToImport: choose } as unknown as Host; // the one call used here
  const context = { store, host, t, flows: null } as unknown as ActionContext;
  return { store, context };
}

describe('Import metrics… in the app', () => {
  test('the chosen table opens the dialog; a cancelled choice changes nothing', async () => {
    const table = { name: 'deals.csv', size: 3, bytes: new Uint8Array([65, 59, 66]) };
    const chosen = rig(async () => table);
    await actionById('importMetrics').perform(chosen.context);
    expect(chosen.store.getState().ui.metricsImport).toBe(table);

    const cancelled = rig(async () => null);
    await actionById('importMetrics').perform(cancelled.context);
    expect(cancelled.store.getState().ui.metricsImport).toBeNull();
    expect(cancelled.store.getState().ui.notices).toEqual([]);
  });

  test('a file the host cannot read is a notice with the reason', async () => {
    const { store, context } = rig(async () => {
      throw new Error('Could not open “deals.csv”: permission denied');
    });
    await actionById('importMetrics').perform(context);
    expect(store.getState().ui.notices[0]).toMatchObject({
      tone: 'error',
      message: 'The table could not be read.',
      details: ['Could not open “deals.csv”: permission denied'],
    });
  });

  test('Import is one undo step, closes the dialog and says what it did', () => {
    const { store } = rig(async () => null);
    store.getState().setMetricsImport({ name: 'deals.csv', size: 0, bytes: null });
    const csv = new TextEncoder().encode('Stage,Deals,Revenue\nVisit,120,\nBuy,45,"1,200.50"\n');
    const read = readCsvBytes(csv, 'deals.csv');
    if (!read.ok) throw new Error('unreadable');
    const doc = store.getState().doc;
    if (!doc) throw new Error('no map');
    const outcome = importMetrics(read.table, doc.stages, { date: '2026-03-31' });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    const plan = planMetricsImport(doc, outcome.result, { name: 'deals.csv', today: '2026-04-01' });

    applyMetricsImport(store, plan, t);
    expect(store.getState().doc?.measurements).toHaveLength(3);
    expect(store.getState().ui.metricsImport).toBeNull();
    expect(store.getState().ui.notices[0]?.message).toBe(
      // The date isolated left to right (a right-to-left sentence keeps it whole).
      'Imported 3 values of Deals, Revenue for \u20662026-03-31\u2069.',
    );
    store.getState().undo();
    expect(store.getState().doc?.measurements).toEqual([]);
    expect(store.getState().doc?.metrics).toEqual([]);
    expect(store.getState().doc?.metricSources).toEqual([]);
    expect(canUndo(store.getState())).toBe(false);
  });
});
