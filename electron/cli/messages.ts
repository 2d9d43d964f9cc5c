import en from '../../shared/i18n/locales/en.json';
import { englishT } from '../../shared/load';

/**
 * The CLI's words, from the `cli` section of the shared locale file. The CLI speaks English
 * (its output lands in CI logs and scripts); the keys let it follow the app's language later.
 */
export function t(key: string, params: Record<string, unknown> = {}): string {
  return englishT()(`cli.${key}`, params);
}

/** A Node file-system error in words: `ENOENT` → "no such file or folder". */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(en.cli.fileErrors, code)) {
    return t(`fileErrors.${code}`);
  }
  return error instanceof Error ? error.message : String(error);
}
