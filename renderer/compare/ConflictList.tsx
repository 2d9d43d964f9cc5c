import { useTranslation } from 'react-i18next';
import { describeConflict } from '../../shared/merge';
import type { ConflictChoice } from '../../shared/ops';
import { useEditor, useEditorStore } from '../store';

const CHOICES: readonly ConflictChoice[] = ['mine', 'theirs', 'both'];

/**
 * The map's merge conflicts (left by the merge driver), each in words with "Keep mine / Keep
 * theirs / Keep both": a choice is the `resolveConflict` operation, one undoable edit, after
 * which the conflict's flags go from the canvas. Save, then `git add` the file.
 */
export function ConflictList() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const conflicts = doc?.conflicts ?? [];
  if (!doc || conflicts.length === 0) return null;
  return (
    <section aria-labelledby="js-conflicts-heading">
      <h2 id="js-conflicts-heading">{t('compare.conflicts.title', { count: conflicts.length })}</h2>
      <p>{t('compare.conflicts.hint')}</p>
      {conflicts.map((conflict) => {
        const words = describeConflict(conflict, doc, t);
        return (
          <div key={conflict.id} className="js-conflict-item" role="group" aria-label={words}>
            <p>{words}</p>
            <div className="js-compare-steps">
              {CHOICES.map((keep) => (
                <button
                  key={keep}
                  type="button"
                  className="js-tool"
                  onClick={() =>
                    store
                      .getState()
                      .apply({ type: 'resolveConflict', conflictId: conflict.id, keep })
                  }
                >
                  {t(`compare.conflicts.keep.${keep}`)}
                </button>
              ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
