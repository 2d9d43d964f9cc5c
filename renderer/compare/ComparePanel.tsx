import { useTranslation } from 'react-i18next';
import { COMPARE_STATUSES, COMPARE_STYLES, type CompareEntry } from '../../shared/compare';
import { usePerform } from '../actions/ActionContextProvider';
import { ToolbarButton } from '../toolbar/ToolbarButton';
import { useEditor, useEditorStore } from '../store';
import { activeCompare } from './compareSlice';
import { ConflictList } from './ConflictList';
import { showEntry } from './compareFlows';
import { useCompareView } from './useCompareView';
import './compare.css';

/** The symbol of each change line's kind, as the diff writes it (`+`, `-`, `~`, `>`). */
const ENTRY_STATUS: Record<CompareEntry['type'], keyof typeof COMPARE_STYLES> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  mapChanged: 'changed',
  moved: 'moved',
};

/**
 * Beside the map while comparing, or while the map holds merge conflicts: the conflicts to
 * decide; what is compared with, a legend with counts, the change list to step through (a
 * click or F8 / Shift+F8 selects and centres the change's record) and the way out. Replaces
 * the inspector while it is open (a review, not an edit).
 */
export function ComparePanel() {
  const { t } = useTranslation();
  return (
    <aside className="js-compare-panel" aria-label={t('compare.panel.region')}>
      <ConflictList />
      <CompareSection />
    </aside>
  );
}

/** The compare itself: legend, steps and the change list (nothing when no compare is on). */
function CompareSection() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const view = useCompareView();
  const name = useEditor((s) => activeCompare(s)?.name ?? '');
  const index = useEditor((s) => activeCompare(s)?.index ?? null);
  const leave = usePerform('compareLeave');
  if (!view) return null;
  const count = view.entries.length;
  return (
    <section className="js-compare-section">
      <h2>{t('compare.panel.title', { name })}</h2>
      <ul className="js-compare-legend" aria-label={t('compare.legend.title')}>
        {COMPARE_STATUSES.map((status) => (
          <li key={status}>
            <span
              className="js-compare-entry-badge"
              style={{ background: COMPARE_STYLES[status].color }}
              aria-hidden
            >
              {COMPARE_STYLES[status].symbol}
            </span>
            {t('compare.legend.item', {
              status: t(`compare.status.${status}`),
              count: view.counts[status],
            })}
          </li>
        ))}
      </ul>
      <div className="js-compare-steps">
        <ToolbarButton id="comparePrevious" />
        <ToolbarButton id="compareNext" />
        <button type="button" className="js-tool" onClick={leave}>
          {t('compare.actions.leave')}
        </button>
      </div>
      <p aria-live="polite">
        {index === null
          ? t('compare.list.heading', { count })
          : t('compare.panel.position', { index: index + 1, count })}
      </p>
      {count === 0 ? (
        <p>{t('compare.list.none')}</p>
      ) : (
        <ol className="js-compare-list" aria-label={t('compare.panel.list')}>
          {view.entries.map((entry, i) => {
            const style = COMPARE_STYLES[ENTRY_STATUS[entry.type]];
            return (
              <li key={i}>
                <button
                  type="button"
                  aria-current={i === index ? 'true' : undefined}
                  onClick={() => showEntry(store, view, i)}
                >
                  <span
                    className="js-compare-entry-badge"
                    style={{ background: style.color }}
                    aria-hidden
                  >
                    {style.symbol}
                  </span>
                  <span>{entry.text}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
