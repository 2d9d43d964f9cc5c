import { CURRENT_VERSION, FORMAT } from '../model';
import { OLDEST_VERSION, type LooseDoc } from '../migrate';
import { describeValue, type ProblemList } from './problem';

/**
 * The file's `format` and `version`: is it a journey map, and one this build can read?
 * Returns the version to migrate from, or undefined after adding the error.
 */
export function readVersion(doc: LooseDoc, errors: ProblemList): number | undefined {
  const { format, version } = doc;
  if (format === undefined) {
    errors.add('noFormat', []);
    return undefined;
  }
  if (format !== FORMAT) {
    errors.add('notJourneyMap', [], { value: describeValue(format) });
    return undefined;
  }
  if (version === undefined) {
    errors.add('missing', ['version'], { expected: 'int' });
    return undefined;
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < OLDEST_VERSION) {
    errors.add('badVersion', ['version'], {
      oldest: OLDEST_VERSION,
      current: CURRENT_VERSION,
      value: describeValue(version),
    });
    return undefined;
  }
  if (version > CURRENT_VERSION) {
    errors.add('newerVersion', [], { version, current: CURRENT_VERSION });
    return undefined;
  }
  return version;
}
