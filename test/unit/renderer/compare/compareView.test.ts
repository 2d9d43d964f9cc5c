import { describe, expect, test } from 'vitest';
import type { CommittedVersion, ComparedFile, Host } from '../../../../shared/host';
import { createTranslate } from '../../../../shared/i18n/translate';
import { serializeMap } from '../../../../shared/serialize';
import type { ActionContext } from '../../../../renderer/actions/types';
import { COMPARE_ACTIONS } from '../../../../renderer/compare/compareActions';
import { activeCompare } from '../../../../renderer/compare/compareSlice';
import { stepIndex } from '../../../../renderer/compare/compareFlows';
import { canUndo, createEditorStore, isDirty } from '../../../../renderer/store';
import { fixtureMap, NEW_FILE, OLD_FILE } from '../../shared/compare/fixtures';

const t = createTranslate('en');
const action = (id: string) => {
  const found = COMPARE_ACTIONS.find((a) => a.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** A store holding the new fixture, and a host that answers the compare calls. */
function rig(answers: { file?: ComparedFile | null; committed?: CommittedVersion }) {
  const store = createEditorStore();
  store.getState().loadDocument(fixtureMap(NEW_FILE), {
    ref: { handle: '/maps/new.journey.json', name: 'new.journey.json' },
  });
  const host = {
    chooseFileToCompare: async () => answers.file ?? null,
    readCommittedVersion: async () => answers.committed ?? { status: 'noGit' },
  } as unknown as Host; // only the two compare calls are used here
  const context = { store, host, t, flows: null } as unknown as ActionContext;
  return { store, context };
}

const OLD_TEXT = serializeMap(fixtureMap(OLD_FILE));

describe('compare in the app', () => {
  test('Compare with… is a view: the document, its history and saved state stay as they are', async () => {
    const { store, context } = rig({ file: { name: 'old.journey.json', text: OLD_TEXT } });
    const doc = store.getState().doc;
    await action('compare').perform(context);
    expect(activeCompare(store.getState())?.name).toBe('old.journey.json');
    expect(store.getState().doc).toBe(doc);
    expect(canUndo(store.getState())).toBe(false);
    expect(isDirty(store.getState())).toBe(false);
    store.getState().leaveCompare();
    expect(activeCompare(store.getState())).toBeNull();
  });

  test('next and previous select each change’s record in turn, wrapping round', async () => {
    const { store, context } = rig({ file: { name: 'old.journey.json', text: OLD_TEXT } });
    await action('compare').perform(context);
    const selected = () => {
      const s = store.getState().selection;
      return s.kind === 'cards' ? s.ids : [];
    };
    const seen = [];
    for (let i = 0; i < 5; i += 1) {
      await action('compareNext').perform(context);
      seen.push(...selected());
    }
    expect(seen).toEqual(['prices', 'chat', 'reviews', 'delivery', 'prices']);
    await action('comparePrevious').perform(context);
    expect(selected()).toEqual(['delivery']);
    expect(stepIndex(null, 4, -1)).toBe(3);
    expect(stepIndex(null, 0, 1)).toBeNull();
  });

  test('a file that does not load is reported and no compare starts', async () => {
    const { store, context } = rig({ file: { name: 'bad.journey.json', text: '{"title": 5' } });
    await action('compare').perform(context);
    expect(activeCompare(store.getState())).toBeNull();
    expect(store.getState().ui.notices.at(-1)?.message).toBe(
      'bad.journey.json cannot be compared: it does not load as a journey map.',
    );
  });

  test('the committed version: compared when git has it, else a notice saying why', async () => {
    const ok = rig({ committed: { status: 'ok', text: OLD_TEXT } });
    await action('compareCommitted').perform(ok.context);
    expect(activeCompare(ok.store.getState())?.name).toBe('new.journey.json (committed)');

    const outside = rig({ committed: { status: 'notInRepo' } });
    await action('compareCommitted').perform(outside.context);
    expect(activeCompare(outside.store.getState())).toBeNull();
    expect(outside.store.getState().ui.notices.at(-1)?.message).toBe(
      'new.journey.json is not in a git repository.',
    );
  });

  test('opening another map ends the compare', async () => {
    const { store, context } = rig({ file: { name: 'old.journey.json', text: OLD_TEXT } });
    await action('compare').perform(context);
    store.getState().loadDocument(fixtureMap(OLD_FILE));
    expect(activeCompare(store.getState())).toBeNull();
  });
});
