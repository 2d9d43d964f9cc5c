import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageMatch } from '../../../shared/import';
import { normaliseStageName } from '../../../shared/import';
import type { Stage } from '../../../shared/model';

interface Props {
  readonly match: StageMatch;
  readonly stages: readonly Stage[];
  /** The values mapped by hand so far (value → stage id, or null: left out). */
  readonly byHand: Readonly<Record<string, string | null>>;
  readonly onMap: (value: string, stageId: string | null) => void;
}

/** The select's value for "leave these rows out". */
const LEAVE_OUT = '';

/**
 * How the file's stage values meet the map's stages: those matched by name; those that name
 * no stage, each with a choice of a stage or "leave out" (the choice is remembered with the
 * mapping); and the map's stages the file has no data for.
 */
export function StageMatching({ match, stages, byHand, onMap }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const nameOf = (id: string) => stages.find((stage) => stage.id === id)?.name ?? id;
  const handKeys = new Set(Object.keys(byHand).map(normaliseStageName));
  const matched = match.matched.filter((m) => !handKeys.has(normaliseStageName(m.value)));
  // Values mapped by hand stay listed with their choice; unknown ones follow.
  const counts = new Map(match.unmatched.map((u) => [u.value, u.count]));
  const choices = [
    ...Object.keys(byHand),
    ...match.unmatched.map((u) => u.value).filter((v) => !handKeys.has(normaliseStageName(v))),
  ];
  return (
    <section className="js-import-stages" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('metricsImport.stages.heading')}</h3>
      {matched.length > 0 && (
        <>
          <h4>{t('metricsImport.stages.matched')}</h4>
          <ul>
            {matched.map((m) => (
              <li key={m.value}>
                {t('metricsImport.stages.matchedItem', {
                  value: m.value,
                  stage: nameOf(m.stageId),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {choices.length > 0 && (
        <>
          <h4>{t('metricsImport.stages.unmatched')}</h4>
          <ul className="js-import-unmatched">
            {choices.map((value) => {
              const count = counts.get(value);
              return (
                <li key={value}>
                  <label>
                    <span>
                      {count === undefined
                        ? value
                        : t('metricsImport.stages.unmatchedItem', { value, count })}
                    </span>
                    <select
                      aria-label={t('metricsImport.stages.mapTo', { value })}
                      value={byHand[value] ?? LEAVE_OUT}
                      onChange={(event) =>
                        onMap(value, event.target.value === LEAVE_OUT ? null : event.target.value)
                      }
                    >
                      <option value={LEAVE_OUT}>{t('metricsImport.stages.leaveOut')}</option>
                      {stages.map((stage) => (
                        <option key={stage.id} value={stage.id}>
                          {stage.name}
                        </option>
                      ))}
                    </select>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {match.withoutData.length > 0 && (
        <p>
          {t('metricsImport.stages.withoutData', {
            stages: match.withoutData.map(nameOf).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
