import { recordSubject } from '../diff';
import { fieldName } from '../diff/values';
import type { Translate } from '../i18n/translate';
import type { Conflict, JourneyMap } from '../model';

/**
 * A conflict in a line for people (the merge driver's summary, the editor's list):
 * `card "Delivery cost" text changed on both sides`, `stage "Interest" deleted on our side,
 * edited on theirs`.
 */
export function describeConflict(conflict: Conflict, map: JourneyMap, t: Translate): string {
  const subject =
    conflict.subject === 'map' || conflict.subject === 'workshop' || !conflict.recordId
      ? t(`diff.nouns.${conflict.subject}`)
      : recordSubject(conflict.subject, conflict.recordId, [map], t);
  if (conflict.deletedBy !== undefined) {
    return t(`diff.merge.deletedBy.${conflict.deletedBy}`, { subject });
  }
  const fields = (conflict.fields ?? []).map((field) => fieldName(field, t)).join(', ');
  return t('diff.merge.changedOnBoth', { subject, fields });
}
