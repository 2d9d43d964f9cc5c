import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { funnelMetrics, funnelOf, funnelText } from '../../../shared/metrics';
import type { JourneyMap } from '../../../shared/model';
import { Modal } from '../../dialogs/Modal';
import { useEditorStore } from '../../store';
import './funnel.css';

/** The dates a metric has values on, latest first. */
function datesOf(map: JourneyMap, metricId: string): string[] {
  const dates = new Set(map.measurements.filter((m) => m.metricId === metricId).map((m) => m.date));
  return [...dates].sort().reverse();
}

/**
 * The funnel of a count metric: a row per stage with a bar as long as its count, the count,
 * the share that goes on to the next stage and the customers lost; the biggest drop called
 * out above. A table with text, so a screen reader reads every number; the bars are only
 * pictures of them. Which metric and which snapshot are chosen when there are several.
 */
export function FunnelDialog({ map }: { map: JourneyMap }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const metrics = funnelMetrics(map);
  const [chosen, setChosen] = useState(metrics[0]?.id ?? '');
  const metricId = metrics.some((m) => m.id === chosen) ? chosen : (metrics[0]?.id ?? '');
  const dates = datesOf(map, metricId);
  const [chosenDate, setDate] = useState<string | null>(null);
  const date = chosenDate !== null && dates.includes(chosenDate) ? chosenDate : dates[0];
  const funnel = metricId ? funnelOf(map, metricId, date) : undefined;
  const words = funnel ? funnelText(map, funnel, t) : undefined;
  const largest = Math.max(1, ...(funnel?.steps.map((s) => s.value) ?? []));
  const metricField = useId();
  const dateField = useId();
  return (
    <Modal
      title={t('metrics.funnel.title')}
      onClose={() => store.getState().openDialog(null)}
      className="js-funnel"
    >
      {!funnel || !words ? (
        <p>{t('metrics.funnel.empty')}</p>
      ) : (
        <>
          <div className="js-funnel-choices">
            {metrics.length > 1 && (
              <label htmlFor={metricField}>
                {t('metrics.funnel.metric')}
                <select
                  id={metricField}
                  value={metricId}
                  onChange={(e) => {
                    setChosen(e.target.value);
                    setDate(null);
                  }}
                >
                  {metrics.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {dates.length > 1 && (
              <label htmlFor={dateField}>
                {t('metrics.funnel.date')}
                <select id={dateField} value={date} onChange={(e) => setDate(e.target.value)}>
                  {dates.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <p className="js-funnel-drop">{words.biggestDrop ?? t('metrics.funnel.noDrop')}</p>
          <table className="js-funnel-table">
            <caption>{words.heading}</caption>
            <thead>
              <tr>
                <th scope="col">{t('metrics.funnel.stage')}</th>
                <th scope="col">{funnel.metric.name}</th>
                <th scope="col">{t('metrics.funnel.next')}</th>
              </tr>
            </thead>
            <tbody>
              {funnel.steps.map((step, i) => {
                const text = words.steps[i];
                const worst = funnel.biggestDrop === i;
                return (
                  <tr key={step.stageId} className={worst ? 'is-worst' : undefined}>
                    <th scope="row" dir="auto">
                      {text?.stageName}
                    </th>
                    <td className="js-funnel-count">
                      <span className="js-funnel-bar-track" aria-hidden>
                        <span
                          className="js-funnel-bar"
                          style={{ inlineSize: `${(Math.max(0, step.value) / largest) * 100}%` }}
                        />
                      </span>
                      <span className="js-funnel-value">{text?.value}</span>
                    </td>
                    <td>{[text?.conversion, text?.dropOff].filter(Boolean).join(' · ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </Modal>
  );
}
