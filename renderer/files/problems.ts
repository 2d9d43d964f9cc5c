import type { Translate } from '../../shared/i18n/translate';
import { formatProblemMessage, type Problem } from '../../shared/load';

/** Loader problems as lines for a notice, in the UI language: `stages[2].name: expected text …`. */
export function problemLines(problems: readonly Problem[], t: Translate): string[] {
  return problems.map((problem) => {
    const message = formatProblemMessage(problem.code, problem.params, t);
    return problem.path ? `${problem.path}: ${message}` : message;
  });
}
