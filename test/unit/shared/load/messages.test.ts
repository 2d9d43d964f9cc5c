import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { formatProblemMessage, loadMap, loadMapValue, type Problem } from '../../../../shared/load';
import en from '../../../../shared/i18n/locales/en.json';
import { BAD_INPUT_CASES, caseText, templateDoc } from './badInputCases';

/** Problems of many kinds, from the bad-input cases and a few more. */
function sampleProblems(): Problem[] {
  const results = [
    ...BAD_INPUT_CASES.filter((c) => c.name !== 'a 40 MB file').map((c) =>
      loadMap(caseText(c.content())),
    ),
    loadMapValue({
      ...templateDoc(),
      brandColor: 'red',
      mapType: 'other',
      language: 'x',
      cards: [{ id: 'a', text: 3, order: 0.5 }],
    }),
  ];
  return results.flatMap((r) => (r.ok ? r.warnings : r.errors));
}

describe('problem messages come from the locale file', () => {
  test('every message in the load section has a problem code that the loader can produce', () => {
    const codes = Object.keys(en.load).filter((key) => key !== 'types');
    // Read the sources' calls to `add('code'` and `makeProblem('code'` to see that none is orphaned.
    const sources = import.meta.glob('../../../../shared/load/*.ts', {
      query: '?raw',
      eager: true,
      import: 'default',
    });
    const cliSources = import.meta.glob('../../../../electron/cli/**/*.ts', {
      query: '?raw',
      eager: true,
      import: 'default',
    });
    const text = Object.values({ ...sources, ...cliSources }).join('\n');
    const unused = codes.filter((code) => !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  test('the app’s own i18next gives the same text from code and params (so it can translate them)', async () => {
    const app = i18next.createInstance();
    await app.init({
      lng: 'en',
      resources: { en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    const problems = sampleProblems();
    expect(problems.length).toBeGreaterThan(10);
    for (const problem of problems) {
      expect(
        formatProblemMessage(problem.code, problem.params, (key, options) => app.t(key, options)),
      ).toBe(problem.message);
    }
  });

  test('a translation changes the words, including the names of types', async () => {
    const app = i18next.createInstance();
    await app.init({
      lng: 'xx',
      resources: {
        xx: {
          translation: {
            load: {
              wrongType: 'attendu {{expected}}, reçu {{received}}',
              types: { string: 'du texte', number: 'un nombre' },
            },
          },
        },
      },
    });
    const [problem] = loadMapValue({ ...templateDoc(), title: 5 }).ok
      ? []
      : (loadMapValue({ ...templateDoc(), title: 5 }) as { errors: Problem[] }).errors;
    expect(
      problem &&
        formatProblemMessage(problem.code, problem.params, (key, options) => app.t(key, options)),
    ).toBe('attendu du texte, reçu un nombre');
  });

  test('text from the file is shown as it is, never interpreted as a template', () => {
    const result = loadMapValue({ ...templateDoc(), brandColor: '{{id}} $t(load.empty)' });
    expect(result.ok ? '' : result.errors[0]?.message).toBe(
      'expected a colour like #1e88e5, got "{{id}} $t(load.empty)"',
    );
  });
});
