/** Turns file-system errors into sentences for the user. */
import path from 'node:path';
import { errorCode } from '../files/atomicWrite';
import { NotTextError } from '../files/documentFiles';
import { FileTooLargeError } from '../files/fileStamp';
import type { Translate } from '../i18n';
import { UserFacingError } from '../ipc/registerHostHandlers';

export function describeReason(error: unknown, t: Translate): string {
  if (error instanceof FileTooLargeError) {
    return t('desktop.reasons.tooLarge', { limit: Math.round(error.limitBytes / 1024 / 1024) });
  }
  if (error instanceof NotTextError) return t('desktop.reasons.notText');
  switch (errorCode(error)) {
    case 'ENOENT':
      return t('desktop.reasons.notFound');
    case 'EACCES':
    case 'EPERM':
      return t('desktop.reasons.permission');
    case 'ENOSPC':
    case 'EDQUOT':
      return t('desktop.reasons.diskFull');
    case 'EROFS':
      return t('desktop.reasons.readOnly');
    case 'EISDIR':
      return t('desktop.reasons.isFolder');
    default:
      return t('desktop.reasons.other', {
        message: error instanceof Error ? error.message : String(error),
      });
  }
}

/** `desktop.errors.openFailed` etc. with the file's name and the reason. */
export function fileError(
  key: 'openFailed' | 'saveFailed' | 'exportFailed',
  file: string,
  error: unknown,
  t: Translate,
): UserFacingError {
  return new UserFacingError(
    t(`desktop.errors.${key}`, { name: path.basename(file), reason: describeReason(error, t) }),
  );
}
