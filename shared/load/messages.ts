import i18next, { type i18n } from 'i18next';
import en from '../i18n/locales/en.json';
import type { Translate } from '../i18n/translate';

/**
 * Problem messages are user-visible. Their English templates live in the locale file under
 * `load.<code>` (i18next syntax), so the renderer can show the same problems in the UI
 * language by passing its own i18next `t` to `formatProblemMessage`; the loader itself fills in
 * English, for the CLI and for logs.
 */
export type ProblemCode = Exclude<keyof (typeof en)['load'], 'types'>;
/** Kinds of value or token named in messages ("text", "a list", "a comma or ]" …). */
export type TypeWord = keyof (typeof en)['load']['types'];
export type ProblemParams = Record<string, string | number>;

/** The part of i18next's `t` that formatting needs: declared once, in shared/i18n. */
export type { Translate };

/** Params that hold a `TypeWord` code rather than text from the file; they are translated too. */
const TYPE_WORD_PARAMS = ['expected', 'received'] as const;

export function formatProblemMessage(
  code: string,
  params: ProblemParams | undefined,
  t: Translate,
): string {
  const options: Record<string, unknown> = { ...params };
  for (const name of TYPE_WORD_PARAMS) {
    const word = params?.[name];
    if (typeof word === 'string') options[name] = t(`load.types.${word}`, {});
  }
  return t(`load.${code}`, options);
}

let english: i18n | undefined;

/**
 * English from the shared locale file, through an i18next instance of its own (so that the
 * app's instance stays untouched): for loader messages, and for the CLI, which speaks English.
 */
export function englishT(): Translate {
  if (!english) {
    english = i18next.createInstance();
    void english.init({
      lng: 'en',
      resources: { en: { translation: en } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  const instance = english;
  return (key, options = {}) => instance.t(key, options);
}

export function englishMessage(code: ProblemCode, params?: ProblemParams): string {
  return formatProblemMessage(code, params, englishT());
}
